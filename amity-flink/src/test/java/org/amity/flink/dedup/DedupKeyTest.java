package org.amity.flink.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DedupKeyTest {
  @Test
  void aCanonicalNumericIdIsItsOwnKeyTaggedWithTheDataset() {
    assertThat(DedupKey.of("gdelt", "1000000123")).isEqualTo((1L << 56) | 1_000_000_123L);
    assertThat(DedupKey.of("icews", "1000000123")).isEqualTo((2L << 56) | 1_000_000_123L);
    assertThat(DedupKey.isHashed(DedupKey.of("gdelt", "0"))).isFalse();
  }

  @Test
  void theSameIdInTwoDatasetsGivesTwoKeys() {
    assertThat(DedupKey.of("gdelt", "42")).isNotEqualTo(DedupKey.of("icews", "42"));
    assertThat(DedupKey.of("acled", "42")).isNotEqualTo(DedupKey.of("gdelt", "42"));
  }

  @Test
  void idsThatAreNotCanonicalNumbersAreHashedApartFromNumericKeys() {
    for (String id : List.of("042", "+42", "-42", "MMR123", "", "4 2", "99999999999999999")) {
      assertThat(DedupKey.isHashed(DedupKey.of("gdelt", id))).as(id).isTrue();
    }
    assertThat(DedupKey.isHashed(DedupKey.of("acled", "42"))).isTrue();
    assertThat(DedupKey.of("gdelt", "042")).isNotEqualTo(DedupKey.of("gdelt", "42"));
  }

  @Test
  void theLargestNumericIdStaysExact() {
    long max = (1L << 56) - 1;
    assertThat(DedupKey.of("gdelt", Long.toString(max))).isEqualTo((1L << 56) | max);
    assertThat(DedupKey.isHashed(DedupKey.of("gdelt", Long.toString(max + 1)))).isTrue();
  }

  @Test
  void hashedKeysOfManyIdsRarelyCollide() {
    Set<Long> keys = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      keys.add(DedupKey.of("acled", "MMR" + i));
    }
    assertThat(keys).hasSize(200_000);
  }

  @Test
  void theSeparatorKeepsDatasetAndIdApart() {
    assertThat(DedupKey.of("ab", "c")).isNotEqualTo(DedupKey.of("a", "bc"));
  }
}
