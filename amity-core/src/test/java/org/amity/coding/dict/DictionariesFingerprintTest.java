package org.amity.coding.dict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionariesFingerprintTest {
  @TempDir Path dir;

  private String fingerprint(String verbs) throws IOException {
    Path v = dir.resolve("verbs.txt");
    Files.writeString(v, verbs);
    return Dictionaries.load(List.of(v), false).fingerprint();
  }

  @Test
  void theFingerprintFollowsTheFilesContents() throws IOException {
    String a = fingerprint("--- ATTACK [190] ---\nATTACK\n+ASSAIL\n");
    assertThat(fingerprint("--- ATTACK [190] ---\nATTACK\n+ASSAIL\n")).isEqualTo(a);
    assertThat(fingerprint("--- ATTACK [193] ---\nATTACK\n+ASSAIL\n")).isNotEqualTo(a);
  }

  @Test
  void leavingOutTransformationRulesChangesTheFingerprintOnlyWhenThereWereAny() throws IOException {
    Path plain = dir.resolve("plain.txt");
    Files.writeString(plain, "--- ATTACK [190] ---\nATTACK\n--- SAY [010] ---\nSAY\n");
    Path ruled = dir.resolve("ruled.txt");
    Files.writeString(
        ruled,
        "--- ATTACK [190] ---\nATTACK\n--- SAY [010] ---\nSAY\n~ a (b . ATTACK) SAY = a b 112\n");
    Dictionaries p = Dictionaries.load(List.of(plain), false);
    assertThat(p.withoutTransformations().fingerprint())
        .isEqualTo(Dictionaries.load(List.of(plain), false).fingerprint());
    Dictionaries r = Dictionaries.load(List.of(ruled), false);
    String with = r.fingerprint();
    assertThat(r.verbs().transformationRules()).hasSize(1);
    assertThat(r.withoutTransformations().fingerprint()).isNotEqualTo(with);
    assertThat(r.verbs().transformationRules()).isEmpty();
    assertThat(r.counts())
        .containsEntry("transformations", 1)
        .containsEntry("transformationsApplied", 0);
  }
}
