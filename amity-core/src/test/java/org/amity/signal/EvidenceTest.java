package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.amity.event.Fatalities;
import org.junit.jupiter.api.Test;

class EvidenceTest {
  private static Evidence with(Fatalities deaths) {
    return Evidence.described(
        LocalDate.of(2017, 5, 23),
        "PHLGOV",
        "Government of Philippines",
        "PHLREB",
        "IS Maute group",
        "190",
        -10,
        1,
        null,
        "ucdp-ged",
        "1",
        null,
        deaths);
  }

  @Test
  void saysTheDeathsWithTheirRangeWhenTheSourceGivesOne() {
    assertThat(with(new Fatalities(12, 10, 15)).deathsInWords()).isEqualTo("12 killed (10 to 15)");
    assertThat(with(new Fatalities(12, 10, 15)).inWords()).endsWith("(190); 12 killed (10 to 15)");
    assertThat(with(Fatalities.exactly(1)).deathsInWords()).isEqualTo("1 killed");
    assertThat(with(Fatalities.exactly(0)).deathsInWords()).isEqualTo("no one killed");
  }

  @Test
  void anItemOfSeveralRecordsSaysItsDeathsAreThoseOfTheOneShown() {
    Evidence sixty =
        Evidence.described(
            LocalDate.of(2017, 5, 23),
            "PHLGOV",
            "Government of Philippines",
            "PHLREB",
            "IS",
            "190",
            -10,
            60,
            null,
            "ucdp-ged",
            "1",
            null,
            Fatalities.exactly(20));

    assertThat(sixty.reportsInWords()).isEqualTo("60 events recorded by UCDP GED (one shown)");
    assertThat(sixty.deathsInWords()).isEqualTo("in the one shown: 20 killed");
    assertThat(sixty.inWords()).endsWith("(190); in the one shown: 20 killed");
  }

  @Test
  void namesTheSidesAsTheSourceNamesThem() {
    Evidence e = with(Fatalities.exactly(3));
    assertThat(e.sourceName()).isEqualTo("Government of Philippines");
    assertThat(e.targetName()).isEqualTo("IS Maute group");
    assertThat(e.inWords()).startsWith("Government of Philippines \u2192 IS Maute group: ");
  }

  @Test
  void saysNothingOfDeathsWhenTheSourceDoesNotCountThem() {
    assertThat(with(null).deathsInWords()).isNull();
    assertThat(with(null).inWords()).doesNotContain("killed").endsWith("(190)");
  }

  @Test
  void callsTheRowsOfADatasetThatRecordsIncidentsEventsAndNewsRowsReports() {
    assertThat(counted("acled", 9).reportsInWords())
        .isEqualTo("9 events recorded by ACLED (one shown)");
    assertThat(counted("acled", 1).reportsInWords()).isEqualTo("1 event recorded by ACLED");
    assertThat(counted("piracy", 2).reportsInWords())
        .isEqualTo("2 records in the piracy files (IMB, NGA ASAM) (one shown)");
    assertThat(counted("ucdp-ged", 1).reportsInWords()).isEqualTo("1 event recorded by UCDP GED");
    assertThat(counted("gdelt", 9).reportsInWords()).isEqualTo("9 reports");
    assertThat(counted("gdelt", 1).reportsInWords()).isEqualTo("1 report");
    assertThat(counted("somewhere-new", 3).reportsInWords()).isEqualTo("3 reports");
  }

  @Test
  void namesThePiracyFileTheCountedRecordsComeFrom() {
    // an item of the piracy files holds the records of one file (EvidenceReports.part): audit3 G2
    assertThat(counted("piracy", "asam:1993-61", 2).reportsInWords())
        .isEqualTo("2 NGA ASAM reports (one shown)");
    assertThat(counted("piracy", "asam:1993-61", 1).reportsInWords())
        .isEqualTo("1 NGA ASAM report");
    assertThat(counted("piracy", "imb:2010-4", 1).reportsInWords()).isEqualTo("1 IMB report");
    assertThat(counted("piracy", "imb:2010-4", 3).reportsInWords())
        .isEqualTo("3 IMB reports (one shown)");
  }

  private static Evidence counted(String dataset, int rows) {
    return counted(dataset, "1", rows);
  }

  private static Evidence counted(String dataset, String nativeId, int rows) {
    return Evidence.described(
        LocalDate.of(2015, 3, 27),
        "MMROPP",
        null,
        "MMRCOP",
        null,
        "141",
        -6.5,
        rows,
        null,
        dataset,
        nativeId,
        null,
        null);
  }
}
