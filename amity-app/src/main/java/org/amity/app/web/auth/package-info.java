/**
 * Accounts and security of the web server: roles (viewer reads; analyst also acknowledges alerts
 * and records notes and actions; admin also reads the audit log), bcrypt password hashes, sessions
 * behind an HttpOnly SameSite=Strict cookie, a synchronizer CSRF token on every state-changing
 * request, slowed-down repeated failed sign-ins per user and per address, and an audit record of
 * every write.
 */
package org.amity.app.web.auth;
