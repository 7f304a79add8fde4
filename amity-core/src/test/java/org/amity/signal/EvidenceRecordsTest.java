package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.amity.event.Fatalities;
import org.junit.jupiter.api.Test;

class EvidenceRecordsTest {
  private static EvidenceRecord row(boolean shown, String id, Fatalities deaths) {
    return new EvidenceRecord(
        shown,
        LocalDate.of(2017, 5, 23),
        "ucdp-ged",
        id,
        "PHLGOV",
        "PHLREB",
        "Government of Philippines",
        "IS",
        "190",
        null,
        -10,
        "PHL",
        null,
        "Marawi",
        null,
        null,
        null,
        0,
        deaths,
        null,
        null);
  }

  private static EvidenceRecords item(List<EvidenceRecord> rows) {
    Evidence shown =
        Evidence.described(
            LocalDate.of(2017, 5, 23),
            "PHLGOV",
            "Government of Philippines",
            "PHLREB",
            "IS",
            "190",
            -10,
            rows.size(),
            null,
            "ucdp-ged",
            "1",
            null,
            rows.get(0).deaths());
    return new EvidenceRecords(7, 1, shown, "Mindanao", null, rows);
  }

  @Test
  void theItemsRowsGiveTheirDeadTogetherBesideTheShownOnes() {
    EvidenceRecords three =
        item(
            List.of(
                row(true, "1", Fatalities.exactly(20)),
                row(false, "2", new Fatalities(850, 800, 900)),
                row(false, "3", Fatalities.exactly(23))));

    assertThat(three.deathsInWords()).isEqualTo("893 killed in these 3 rows (20 in the one shown)");
    assertThat(three.evidence().deathsInWords()).isEqualTo("in the one shown: 20 killed");
  }

  @Test
  void oneRowOrRowsThatCountNoDeadSayNoMore() {
    assertThat(item(List.of(row(true, "1", Fatalities.exactly(4)))).deathsInWords())
        .isEqualTo("4 killed in this row");
    assertThat(item(List.of(row(true, "1", null), row(false, "2", null))).deathsInWords()).isNull();
  }
}
