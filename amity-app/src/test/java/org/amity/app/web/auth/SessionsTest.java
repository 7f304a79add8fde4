package org.amity.app.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.amity.access.AccessStore;
import org.amity.access.Account;
import org.amity.access.Agent;
import org.amity.access.Role;
import org.amity.storage.Storage;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionsTest {
  @TempDir Path dir;
  private Instant now = Instant.parse("2026-03-01T08:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private Storage store;
  private AccessStore access;
  private Sessions sessions;
  private Account ana;

  @BeforeEach
  void open() {
    store = DuckDbStorage.open(dir.resolve("amity.duckdb"));
    access = store.access();
    sessions = new Sessions(access.sessions(), clock);
    ana = access.accounts().add("ana", Role.ANALYST, "$2a$04$x", false, new Agent("test", null));
  }

  @AfterEach
  void close() {
    access.close();
    store.close();
  }

  @Test
  void aRevocationMadeElsewhereEndsTheCachedSessionWithinTheRecheckTime() {
    Map.Entry<String, Session> s = sessions.open(ana, "10.0.0.1");
    assertThat(sessions.find(s.getKey())).isPresent();
    // another process (or another server) ends it in the store, not through these Sessions
    access.accounts().revokeSessions("ana", new Agent("cli:root", null));
    now = now.plus(Sessions.RECHECK);
    assertThat(sessions.find(s.getKey())).isEmpty();
  }

  @Test
  void disablingEndsTheSessionAtOnceWhenThisServerIsTold() {
    Map.Entry<String, Session> s = sessions.open(ana, "10.0.0.1");
    access.accounts().setDisabled("ana", true, new Agent("admin", "10.0.0.9"));
    sessions.forget("ana");
    assertThat(sessions.find(s.getKey())).isEmpty();
  }

  @Test
  void aSessionOutlivesTheCacheButNotItsIdleTime() {
    Map.Entry<String, Session> s = sessions.open(ana, "10.0.0.1");
    now = now.plus(Sessions.RECHECK).plusSeconds(1);
    assertThat(sessions.find(s.getKey())).isPresent();
    now = now.plus(Sessions.IDLE);
    assertThat(sessions.find(s.getKey())).isEmpty();
  }
}
