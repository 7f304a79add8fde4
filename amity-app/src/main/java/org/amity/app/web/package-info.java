/**
 * The web dashboard and REST API ({@code amity serve}). {@link org.amity.app.web.WebServer} wires
 * the routes of {@code api} (JSON under {@code /api/v1}) and {@code auth} (accounts, sessions,
 * CSRF, audit) onto Javalin and serves the static pages of the dashboard from the classpath.
 *
 * <p>Reads go through a small pool of DuckDB connections and a response cache that is invalidated
 * by the server's own writes and by a cheap fingerprint of the signal tables; writes are serialised
 * on one connection, each in its own transaction with its audit record. What another feature
 * provides (the response recommender) comes in through an interface, {@link
 * org.amity.app.web.ResponseAdvisor}, so the server never pretends to have it.
 */
package org.amity.app.web;
