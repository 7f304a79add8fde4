package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.amity.storage.Storage;
import org.amity.store.HeavyRead;
import org.amity.store.ReadStopped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Heavy reads run apart from the cheap ones and are stopped, statement and all, at their limit. */
class StoppableReadTest {
  /** A query that runs for minutes unless it is cancelled. */
  private static final String ENDLESS =
      "SELECT count(*) FROM range(100000000) a, range(100000) b WHERE (a.range + b.range) % 7 = 3";

  private static long one(java.sql.Connection c, String sql) throws java.sql.SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aHeavyReadPastItsLimitIsCancelledAndItsConnectionStillAnswers() {
    try (DuckDbStorage store = DuckDbStorage.open(null);
        Storage shared = store.shared(2)) {
      Connections db = ((DuckDbStorage) shared).connections();
      HeavyRead.begin(Duration.ofMillis(300));
      try {
        assertThatThrownBy(() -> db.read(c -> one(c, ENDLESS)))
            .isInstanceOf(ReadStopped.class)
            .hasMessageContaining("time limit");
      } finally {
        HeavyRead.end();
      }
      // the heavy pool of two read connections is one connection: the cancelled one, answering
      HeavyRead.begin(Duration.ofSeconds(60));
      try {
        long answer = db.read(c -> one(c, "SELECT 41 + 1"));
        assertThat(answer).isEqualTo(42);
      } finally {
        HeavyRead.end();
      }
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void cheapReadsAreAnsweredWhileEveryHeavyConnectionIsBusy() throws Exception {
    try (DuckDbStorage store = DuckDbStorage.open(null);
        Storage shared = store.shared(2)) {
      Connections db = ((DuckDbStorage) shared).connections();
      CountDownLatch started = new CountDownLatch(1);
      CompletableFuture<Object> heavy =
          CompletableFuture.supplyAsync(
              () -> {
                // long enough that it is surely still running at the isNotDone check below, even
                // when this thread stalls on a loaded machine (the query itself never ends)
                HeavyRead.begin(Duration.ofSeconds(20));
                try {
                  return db.read(
                      c -> {
                        started.countDown();
                        return one(c, ENDLESS);
                      });
                } catch (ReadStopped stopped) {
                  return stopped;
                } finally {
                  HeavyRead.end();
                }
              });
      assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();
      // a second heavy read finds no heavy connection and is refused within its own limit
      HeavyRead.begin(Duration.ofMillis(100));
      try {
        assertThatThrownBy(() -> db.read(c -> one(c, "SELECT 1"))).isInstanceOf(ReadStopped.class);
      } finally {
        HeavyRead.end();
      }
      // ordinary reads have connections of their own
      long seven = db.read(c -> one(c, "SELECT 7"));
      assertThat(seven).isEqualTo(7);
      assertThat(heavy).isNotDone();
      assertThat(heavy.get(90, TimeUnit.SECONDS)).isInstanceOf(ReadStopped.class);
    }
  }
}
