package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * audit6 J7: the eleven conflict-area situations of a store with UCDP GED and ACLED read
 * "Humanitarian signals: no", though neither source records displacement or aid, so the flag could
 * not have been "yes". Such a situation says that none of its sources records them.
 */
class HumanitarianWordsTest {
  @Test
  void aSituationWhoseEvidenceIsOnlyGedAndAcledSaysItsSourcesRecordNoAid() {
    assertThat(HumanitarianWords.of(false, List.of("ucdp-ged", "acled", "ucdp-ged")))
        .isEqualTo(
            "not recorded: none of its sources (ACLED, UCDP GED) records displacement or aid");
    assertThat(HumanitarianWords.of(false, List.of("ucdp-ged")))
        .isEqualTo("not recorded: none of its sources (UCDP GED) records displacement or aid");
    assertThat(HumanitarianWords.of(false, List.of("piracy")))
        .isEqualTo("not recorded: none of its sources (IMB, NGA ASAM) records displacement or aid");
  }

  @Test
  void aNewsSourceBehindTheEvidenceMakesNoAMeaningfulNo() {
    assertThat(HumanitarianWords.of(false, List.of("ucdp-ged", "icews-daily"))).isEqualTo("no");
    assertThat(HumanitarianWords.of(false, List.of("gdelt"))).isEqualTo("no");
    assertThat(HumanitarianWords.of(false, List.of()))
        .as("no evidence to judge by")
        .isEqualTo("no");
    assertThat(HumanitarianWords.of(false, Arrays.asList("an-undeclared-source", null)))
        .isEqualTo("no");
  }

  @Test
  void aFlaggedSituationSaysYesWhateverItsSources() {
    assertThat(HumanitarianWords.of(true, List.of("acled"))).isEqualTo("yes");
    assertThat(HumanitarianWords.of(true, List.of("gdelt"))).isEqualTo("yes");
  }
}
