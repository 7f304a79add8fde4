package org.amity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.amity.signal.EvidencePool;
import org.amity.signal.daily.EventClass;
import org.junit.jupiter.api.Test;

class CodeFingerprintTest {
  @Test
  void theSameCodeAndSettingsGiveTheSameFingerprint() {
    assertThat(of(EventClass.class, "a")).isEqualTo(of(EventClass.class, "a")).hasSize(16);
  }

  @Test
  void otherCodeOrOtherSettingsGiveAnother() {
    assertThat(of(EventClass.class, "a"))
        .isNotEqualTo(of(EvidencePool.class, "a"))
        .isNotEqualTo(of(EventClass.class, "b"));
  }

  @Test
  void aClassCountsWithItsMemberClasses() {
    assertThat(CodeFingerprint.withMembers(EvidencePool.class))
        .containsExactly(EvidencePool.class, EvidencePool.Item.class);
  }

  private static String of(Class<?> c, String setting) {
    return CodeFingerprint.start().code(c).text("setting", setting).hex();
  }
}
