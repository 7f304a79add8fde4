package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.amity.access.Admission;
import org.amity.access.Agent;
import org.amity.access.SignInLimits.Limit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbSignInAttemptsTest {
  @TempDir Path dir;
  private DuckDbEventStore store;
  private DuckDbAccessStore access;
  private final Instant now = Instant.parse("2026-03-01T08:00:00Z");

  @BeforeEach
  void open() {
    store = DuckDbEventStore.open(dir.resolve("amity.duckdb"));
    access = DuckDbAccessStore.on(store);
  }

  @AfterEach
  void close() {
    access.close();
    store.close();
  }

  private void reopen() {
    access.close();
    store.close();
    store = DuckDbEventStore.open(dir.resolve("amity.duckdb"));
    access = DuckDbAccessStore.on(store);
  }

  @Test
  void fortyParallelAttemptsOnOneAccountAdmitOnlyFive() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Admission>> tries = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        tries.add(() -> access.signIns().admit("ana", "10.0.0.1", now));
      }
      long admitted = 0;
      for (Future<Admission> f : pool.invokeAll(tries)) {
        admitted += f.get().allowed() ? 1 : 0;
      }
      assertThat(admitted).isEqualTo(5);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theLockHoldsAfterTheStoreIsClosedAndReopened() {
    for (int i = 0; i < 5; i++) {
      assertThat(access.signIns().admit("ana", "10.0.0.1", now).allowed()).isTrue();
    }
    reopen();
    Admission a = access.signIns().admit("ana", "10.0.0.1", now.plusMillis(500));
    assertThat(a.allowed()).isFalse();
    assertThat(a.limit()).isEqualTo(Limit.ACCOUNT_AT_ADDRESS);
    assertThat(a.retryAfter()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void tryingAgainWhileHeldRestartsTheWaitOfThatAddressOnly() {
    for (int i = 0; i < 5; i++) {
      access.signIns().admit("ana", "10.0.0.1", now);
    }
    Instant later = now.plusMillis(900);
    assertThat(access.signIns().admit("ana", "10.0.0.1", later).allowed()).isFalse();
    assertThat(access.signIns().admit("ana", "10.0.0.1", now.plusMillis(1500)).retryAfter())
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(access.signIns().admit("ana", "10.0.0.2", now.plusMillis(1500)).allowed()).isTrue();
  }

  @Test
  void aSuccessGivesTheAddressItsAttemptBackAndClearsTheAccount() {
    for (int i = 0; i < 30; i++) {
      assertThat(access.signIns().admit("user" + i, "10.0.0.9", now).allowed()).isTrue();
      access.signIns().succeeded("user" + i, "10.0.0.9", now);
    }
    assertThat(access.signIns().admit("someone", "10.0.0.9", now).allowed()).isTrue();
  }

  @Test
  void oneAddressGuessingManyAccountsIsHeldButOthersAreNot() {
    for (int i = 0; i < 20; i++) {
      assertThat(access.signIns().admit("user" + i, "10.0.0.1", now).allowed()).isTrue();
    }
    Admission a = access.signIns().admit("someone-new", "10.0.0.1", now);
    assertThat(a.limit()).isEqualTo(Limit.ADDRESS);
    assertThat(access.signIns().admit("someone-new", "10.0.0.2", now).allowed()).isTrue();
  }

  @Test
  void aGuesserOnManyAddressesDelaysTheOwnerOnlyBoundedly() {
    Instant t = now;
    for (int round = 0; round < 30; round++) {
      for (int ip = 0; ip < 5; ip++) {
        access.signIns().admit("ana", "10.1." + round + "." + ip, t);
      }
      t = t.plusSeconds(30);
    }
    Admission owner = access.signIns().admit("ana", "192.168.1.5", t);
    assertThat(owner.limit()).isEqualTo(Limit.ACCOUNT);
    assertThat(owner.retryAfter()).isLessThanOrEqualTo(Duration.ofMinutes(5));
    assertThat(access.signIns().admit("ana", "192.168.1.5", t.plus(owner.retryAfter())).allowed())
        .isTrue();
  }

  @Test
  void anAddressTheOwnerSignedInFromIsNotHeldByTheAccountWideWait() {
    access.signIns().admit("ana", "192.168.1.5", now);
    access.signIns().succeeded("ana", "192.168.1.5", now);
    for (int ip = 0; ip < 40; ip++) {
      access.signIns().admit("ana", "10.1.1." + ip, now);
    }
    assertThat(access.signIns().admit("ana", "10.9.9.9", now).limit()).isEqualTo(Limit.ACCOUNT);
    assertThat(access.signIns().admit("ana", "192.168.1.5", now).allowed()).isTrue();
  }

  @Test
  void anAdminUnlockLiftsTheWaitAndIsAudited() {
    for (int i = 0; i < 6; i++) {
      access.signIns().admit("ana", "10.0.0.1", now);
    }
    assertThat(access.signIns().admit("ana", "10.0.0.1", now).allowed()).isFalse();
    assertThat(access.signIns().unlock("ana", new Agent("cli:root", null))).isTrue();
    assertThat(access.signIns().admit("ana", "10.0.0.1", now).allowed()).isTrue();
    assertThat(access.audit().newest(1, 0).get(0).action()).isEqualTo("user.unlock");
  }
}
