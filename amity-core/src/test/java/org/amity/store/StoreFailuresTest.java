package org.amity.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StoreFailuresTest {
  @Test
  void namesAFullDiskInADuckDbMessage() {
    SQLException e =
        new SQLException(
            "IO Error: Could not write all bytes to file \"/data/amity.duckdb.wal\": No space left"
                + " on device");
    assertThat(StoreFailures.systemCause(e)).contains("No space left on device");
    assertThat(StoreFailures.cause(e))
        .startsWith("No space left on device (IO Error: Could not write all bytes");
  }

  @Test
  void findsTheReasonInACauseDeeperDown() {
    Exception e =
        new IllegalStateException(
            "cannot commit", new IOException("write failed", new IOException("Permission denied")));
    assertThat(StoreFailures.systemCause(e)).contains("Permission denied");
  }

  @Test
  void recognisesOtherSpellingsOfTheSameReasons() {
    assertThat(StoreFailures.systemCause(new IOException("ENOSPC while flushing")))
        .contains("No space left on device");
    assertThat(StoreFailures.systemCause(new IOException("Access is denied")))
        .contains("Permission denied");
    assertThat(StoreFailures.systemCause(new IOException("Read-only file system")))
        .contains("Read-only file system");
  }

  @Test
  void leavesOtherFailuresAsTheyAre() {
    SQLException e = new SQLException("Binder Error: column x not found");
    assertThat(StoreFailures.systemCause(e)).isEmpty();
    assertThat(StoreFailures.cause(e)).isEqualTo("Binder Error: column x not found");
  }
}
