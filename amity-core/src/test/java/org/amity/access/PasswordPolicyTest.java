package org.amity.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  private final PasswordPolicy policy = PasswordPolicy.standard();

  @Test
  void acceptsALongUncommonPassphrase() {
    assertThatCode(() -> policy.check("violet kettle 42 harbour".toCharArray(), "ana"))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesPasswordsShorterThanTwelveCharacters() {
    assertThatThrownBy(() -> policy.check("Xq7!vR2#pL9".toCharArray(), "ana"))
        .hasMessageContaining("at least 12 characters (it has 11)");
  }

  @Test
  void refusesOneCharacterRepeatedAndOnlySpaces() {
    assertThatThrownBy(() -> policy.check("aaaaaaaaaaaa".toCharArray(), "ana"))
        .hasMessageContaining("one character repeated");
    assertThatThrownBy(() -> policy.check(" ".repeat(14).toCharArray(), "ana"))
        .hasMessageContaining("one character repeated");
    assertThatThrownBy(() -> policy.check(" \t ".repeat(5).toCharArray(), "ana"))
        .hasMessageContaining("only spaces");
  }

  @Test
  void refusesCommonPasswordsWhateverTheirCase() {
    assertThatThrownBy(() -> policy.check("Password1234".toCharArray(), "ana"))
        .hasMessageContaining("common passwords");
    assertThatThrownBy(() -> policy.check("QWERTY123456".toCharArray(), "ana"))
        .hasMessageContaining("common passwords");
    assertThatThrownBy(() -> policy.check("correct horse battery staple".toCharArray(), "ana"))
        .hasMessageContaining("common passwords");
  }

  @Test
  void refusesAPasswordHoldingTheAccountName() {
    assertThatThrownBy(() -> policy.check("the-alice-password-7".toCharArray(), "alice"))
        .hasMessageContaining("account name");
  }

  @Test
  void refusesWhatBcryptWouldCut() {
    assertThatThrownBy(() -> policy.check("xy".repeat(37).toCharArray(), "ana"))
        .hasMessageContaining("at most 72 bytes");
  }

  @Test
  void theShippedListHoldsSeveralHundredPasswords() {
    assertThat(policy.commonCount()).isBetween(300, 5000);
  }
}
