package org.amity.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.amity.access.SignInLimits.Limit;
import org.junit.jupiter.api.Test;

class SignInLimitsTest {
  private final SignInLimits limits = SignInLimits.standard();
  private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void aFewAttemptsAreFree() {
    assertThat(limits.waitFor(Limit.ACCOUNT_AT_ADDRESS, 4, now, now)).isZero();
    assertThat(limits.waitFor(Limit.ADDRESS, 19, now, now)).isZero();
    assertThat(limits.waitFor(Limit.ACCOUNT, 9, now, now)).isZero();
  }

  @Test
  void eachAttemptBeyondTheFreeOnesDoublesTheWait() {
    assertThat(limits.waitFor(Limit.ACCOUNT_AT_ADDRESS, 5, now, now)).hasSeconds(1);
    assertThat(limits.waitFor(Limit.ACCOUNT_AT_ADDRESS, 6, now, now)).hasSeconds(2);
    assertThat(limits.waitFor(Limit.ACCOUNT_AT_ADDRESS, 8, now, now)).hasSeconds(8);
    assertThat(limits.waitFor(Limit.ACCOUNT_AT_ADDRESS, 8, now, now.plusSeconds(3))).hasSeconds(5);
  }

  @Test
  void theAccountWideWaitIsBoundedBelowThePerAddressOne() {
    assertThat(limits.waitFor(Limit.ACCOUNT, 1_000, now, now)).isEqualTo(Duration.ofMinutes(5));
    assertThat(limits.waitFor(Limit.ACCOUNT_AT_ADDRESS, 1_000, now, now))
        .isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void countsAreForgottenAnHourAfterTheLastAttempt() {
    assertThat(limits.waitFor(Limit.ADDRESS, 100, now, now.plus(Duration.ofHours(1)))).isZero();
  }
}
