package org.amity.store.duckdb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.amity.store.NotAStoreException;

/**
 * Checks that the file given as the store is a DuckDB database, before and after opening it. Given
 * a file of another kind (a CSV, say), DuckDB would otherwise quietly open a private in-memory
 * database: an ingest would report its lines accepted and store nothing.
 */
final class StoreFile {
  /** DuckDB's main header: a checksum (8 bytes), then this magic. */
  private static final byte[] MAGIC = "DUCK".getBytes(StandardCharsets.US_ASCII);

  private static final int MAGIC_AT = 8;

  private StoreFile() {}

  /** Refuses an existing, non-empty file that does not start like a DuckDB database. */
  static void checkBeforeOpening(Path file) throws IOException {
    if (!Files.isRegularFile(file) || Files.size(file) == 0) {
      if (Files.isDirectory(file)) {
        throw new NotAStoreException(
            file + " is a directory, not a database file: give --db a file path");
      }
      return;
    }
    byte[] head = new byte[MAGIC_AT + MAGIC.length];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    }
    if (read < head.length || !Arrays.equals(head, MAGIC_AT, head.length, MAGIC, 0, MAGIC.length)) {
      throw notADatabase(file);
    }
  }

  /** Refuses a connection whose database is not the file asked for (an in-memory stand-in). */
  static void checkOpened(Connection c, Path file) throws SQLException {
    String path;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT path FROM duckdb_databases() WHERE database_name = current_database()")) {
      path = rs.next() ? rs.getString(1) : null;
      while (rs.next()) {
        // drained
      }
    }
    if (path == null || path.isEmpty()) {
      throw notADatabase(file);
    }
  }

  private static NotAStoreException notADatabase(Path file) {
    return new NotAStoreException(
        file
            + " is not a DuckDB database, so Amity will not use it as its store (nothing was"
            + " opened or written); give --db a DuckDB file, or a path that does not exist yet");
  }
}
