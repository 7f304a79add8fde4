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
}
