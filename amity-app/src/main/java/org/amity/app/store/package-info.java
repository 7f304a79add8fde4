/**
 * Start-up wiring: opens the store implementation behind the core's {@link
 * org.amity.storage.Storage} interfaces. The only package of the application that may name {@code
 * org.amity.store.duckdb} (an ArchUnit rule).
 */
package org.amity.app.store;
