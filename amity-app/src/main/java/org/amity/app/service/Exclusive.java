package org.amity.app.service;

import java.util.function.Supplier;

/**
 * Runs work alone among the writers of one store. A service has one store and one writer lane: the
 * landing folder, the feed, the watch, forwarded commands and the web server's own writes all pass
 * through it, so no two transactions meet on the store's connection.
 */
@FunctionalInterface
public interface Exclusive {
  <T> T run(Supplier<T> work);
}
