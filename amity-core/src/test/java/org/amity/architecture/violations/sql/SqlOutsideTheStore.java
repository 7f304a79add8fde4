package org.amity.architecture.violations.sql;

import java.sql.Connection;
import java.sql.SQLException;

/** Breaks the boundary on purpose: SQL outside store.duckdb (for BoundaryTest only). */
public final class SqlOutsideTheStore {
  private SqlOutsideTheStore() {}

  public static boolean readOnly(Connection c) throws SQLException {
    return c.isReadOnly();
  }
}
