package org.amity.app.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final LoginThrottle throttle =
      new LoginThrottle(
          new Clock() {
            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now;
            }
          });

  @Test
  void aFewMistakesCostNothing() {
    for (int i = 0; i < LoginThrottle.FREE_PER_USER - 1; i++) {
      throttle.failed("ana", "10.0.0.1");
    }
    assertThat(throttle.waitFor("ana", "10.0.0.1")).isZero();
  }

  @Test
  void eachFailureBeyondTheFreeOnesDoublesTheWait() {
    for (int i = 0; i < LoginThrottle.FREE_PER_USER; i++) {
      throttle.failed("ana", "10.0.0.1");
    }
    assertThat(throttle.waitFor("ana", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
    throttle.failed("ana", "10.0.0.1");
    assertThat(throttle.waitFor("ana", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
    now = now.plusSeconds(2);
    assertThat(throttle.waitFor("ana", "10.0.0.1")).isZero();
  }

  @Test
  void theWaitFollowsTheAccountAcrossAddresses() {
    for (int i = 0; i < LoginThrottle.FREE_PER_USER + 3; i++) {
      throttle.failed("ana", "10.0.0." + i);
    }
    assertThat(throttle.waitFor("ana", "10.9.9.9")).isEqualTo(Duration.ofSeconds(8));
    assertThat(throttle.waitFor("bob", "10.9.9.9")).isZero();
  }

  @Test
  void oneAddressGuessingManyAccountsIsSlowedToo() {
    for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS; i++) {
      throttle.failed("user" + i, "10.0.0.1");
    }
    assertThat(throttle.waitFor("someone-new", "10.0.0.1")).isPositive();
    assertThat(throttle.waitFor("someone-new", "10.0.0.2")).isZero();
  }

  @Test
  void theWaitIsCappedAndForgottenAfterAnHour() {
    for (int i = 0; i < 40; i++) {
      throttle.failed("ana", "10.0.0.1");
    }
    assertThat(throttle.waitFor("ana", "10.0.0.1")).isEqualTo(LoginThrottle.MAX_WAIT);
    now = now.plus(LoginThrottle.FORGET_AFTER);
    assertThat(throttle.waitFor("ana", "10.0.0.1")).isZero();
  }

  @Test
  void successClearsTheAccountButNotTheAddress() {
    for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS; i++) {
      throttle.failed("ana", "10.0.0.1");
    }
    throttle.succeeded("ana");
    assertThat(throttle.waitFor("ana", "10.0.0.2")).isZero();
    assertThat(throttle.waitFor("ana", "10.0.0.1")).isPositive();
  }
}
