package org.amity.app.architecture.violations;

import java.sql.Connection;
import org.amity.store.duckdb.DuckDbStorage;

/** Breaks the app's rules on purpose (for AppBoundaryTest only): SQL and the DuckDB store. */
public final class CliNamingTheStore {
  Connection connection;
  DuckDbStorage store;
}
