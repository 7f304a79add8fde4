package org.amity.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.amity.testing.PropertySeed;

/** The eight-at-a-time searches agree with the plain byte-by-byte ones. */
class ByteScanTest {
  @Property(tries = 1000, seed = PropertySeed.VALUE)
  void findsTheSameBytesAsAPlainLoop(
      @ForAll @Size(max = 70) byte[] bytes,
      @ForAll @IntRange(min = 0, max = 5) int from,
      @ForAll byte value) {
    int start = Math.min(from, bytes.length);
    int plainIndex = bytes.length;
    int plainCount = 0;
    boolean plainAscii = true;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == value) {
        plainCount++;
        if (plainIndex == bytes.length) {
          plainIndex = i;
        }
      }
      plainAscii &= bytes[i] >= 0;
    }
    assertThat(ByteScan.indexOf(bytes, start, bytes.length, value)).isEqualTo(plainIndex);
    assertThat(ByteScan.count(bytes, start, bytes.length, value)).isEqualTo(plainCount);
    assertThat(ByteScan.isAscii(bytes, start, bytes.length)).isEqualTo(plainAscii);
  }
}
