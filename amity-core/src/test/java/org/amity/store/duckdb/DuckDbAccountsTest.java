package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.amity.access.Account;
import org.amity.access.Agent;
import org.amity.access.AuditEntry;
import org.amity.access.Role;
import org.amity.access.StoredSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbAccountsTest {
  @TempDir Path dir;
  private DuckDbEventStore store;
  private DuckDbAccessStore access;
  private final Agent admin = new Agent("root", "10.0.0.1");
  private final Instant now = Instant.parse("2026-03-01T08:00:00Z");

  @BeforeEach
  void open() {
    store = DuckDbEventStore.open(dir.resolve("amity.duckdb"));
    access = DuckDbAccessStore.on(store);
    access.accounts().add("ana", Role.ANALYST, "$2a$04$hash", false, admin);
  }

  @AfterEach
  void close() {
    access.close();
    store.close();
  }

  private String openSession(String token) {
    access
        .sessions()
        .open(
            new StoredSession(token, "ana", Role.ANALYST, "csrf", now.plusSeconds(3600)),
            now,
            "10.0.0.2");
    return token;
  }

  @Test
  void disablingEndsTheSessionsAndRefusesTheCredentialsUntilEnabled() {
    String s = openSession("t1");
    assertThat(access.accounts().setDisabled("ana", true, admin)).isTrue();
    assertThat(access.sessions().find(s)).isEmpty();
    assertThat(access.accounts().credentials("ana")).isEmpty();
    assertThat(access.accounts().find("ana")).get().extracting(Account::disabled).isEqualTo(true);
    assertThat(access.accounts().setDisabled("ana", true, admin)).isFalse();
    assertThat(access.accounts().setDisabled("ana", false, admin)).isTrue();
    assertThat(access.accounts().credentials("ana")).isPresent();
  }

  @Test
  void aNewPasswordEndsTheSessionsAndIsNoLongerSingleUse() {
    String s = openSession("t2");
    access.accounts().setPasswordHash("ana", "$2a$04$other", admin);
    assertThat(access.sessions().find(s)).isEmpty();
    assertThat(access.accounts().credentials("ana").orElseThrow().passwordHash())
        .isEqualTo("$2a$04$other");
  }

  @Test
  void removingDeletesTheAccountAndItsSessionsButKeepsTheAudit() {
    String s = openSession("t3");
    access.accounts().remove("ana", admin);
    assertThat(access.accounts().find("ana")).isEmpty();
    assertThat(access.sessions().find(s)).isEmpty();
    List<AuditEntry> audit = access.audit().newest(10, 0);
    assertThat(audit).extracting(AuditEntry::action).containsExactly("user.remove", "user.add");
    assertThat(audit.get(0).actor()).isEqualTo("root");
    assertThat(audit.get(0).ip()).isEqualTo("10.0.0.1");
    assertThat(audit.get(0).detail()).contains("\"sessionsEnded\":1");
  }

  @Test
  void revokingEndsEverySessionAndCountsThem() {
    openSession("t4");
    openSession("t5");
    assertThat(access.accounts().revokeSessions("ana", admin)).isEqualTo(2);
    assertThat(access.sessions().find("t4")).isEmpty();
    assertThat(access.audit().newest(1, 0).get(0).action()).isEqualTo("user.revoke");
  }

  @Test
  void changesToUnknownAccountsAndTakenNamesAreRefused() {
    assertThatThrownBy(() -> access.accounts().remove("bob", admin))
        .hasMessageContaining("no account named 'bob'");
    assertThatThrownBy(() -> access.accounts().setDisabled("bob", true, admin))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> access.accounts().add("ana", Role.VIEWER, "$2a$04$x", false, admin))
        .hasMessageContaining("already exists");
  }

  @Test
  void aSingleUsePasswordIsVoidedOnce() {
    access.accounts().add("demo", Role.ANALYST, "$2a$04$once", true, admin);
    assertThat(access.accounts().voidSingleUse("demo", "$2a$04$once")).isTrue();
    assertThat(access.accounts().voidSingleUse("demo", "$2a$04$once")).isFalse();
  }
}
