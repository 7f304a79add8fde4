package org.amity.app.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher(4);

  @Test
  void hashesAreSaltedAndVerifyOnlyTheirPassword() {
    String a = hasher.hash("correct horse battery".toCharArray());
    String b = hasher.hash("correct horse battery".toCharArray());
    assertThat(a).startsWith("$2a$04$").isNotEqualTo(b);
    assertThat(hasher.verify("correct horse battery".toCharArray(), a)).isTrue();
    assertThat(hasher.verify("correct horse batterY".toCharArray(), a)).isFalse();
  }

  @Test
  void theDefaultCostIsSlow() {
    String h =
        new PasswordHasher(PasswordHasher.DEFAULT_COST).hash("correct horse battery".toCharArray());
    assertThat(h).startsWith("$2a$12$");
  }

  @Test
  void aVoidedHashMatchesNothing() {
    assertThat(hasher.verify("anything at all".toCharArray(), "!void")).isFalse();
    assertThat(hasher.verify("anything at all".toCharArray(), null)).isFalse();
  }

  @Test
  void refusesOverlongPasswordsRatherThanCuttingThem() {
    assertThatThrownBy(() -> hasher.hash("x".repeat(73).toCharArray()))
        .hasMessageContaining("at most 72 bytes");
  }
}
