package org.amity.app.web.auth;

import io.javalin.security.RouteRole;

/** Marks a route open without signing in (health, the OpenAPI document, signing in itself). */
public enum Everyone implements RouteRole {
  EVERYONE
}
