/**
 * The JSON API under {@code /api/v1}: one class per group of routes, each reading the store through
 * the core's interfaces. Parameters are parsed by {@link org.amity.app.web.api.Params}, which
 * answers a bad one with 400 and the reason; every error is an RFC 9457 problem-details document
 * ({@link org.amity.app.web.api.ApiProblem}). The routes and their parameters are described in
 * {@code openapi.json}, which a test holds to the routes really registered.
 */
package org.amity.app.web.api;
