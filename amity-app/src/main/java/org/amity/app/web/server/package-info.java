/**
 * The web server: puts the API routes of {@code web.api}, the accounts of {@code web.auth} and the
 * dashboard's static files together over the store it is given (the core's {@code Storage}).
 */
package org.amity.app.web.server;
