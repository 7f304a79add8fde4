package org.amity.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatasetTest {
  @Test
  void theRecordersOfIncidentsAreAcledGedAndEachPiracyFile() {
    assertThat(Dataset.recorders())
        .extracting(r -> r.dataset() + (r.prefix() == null ? "" : "/" + r.prefix()))
        .containsExactly("acled", "ucdp-ged", "piracy/imb:", "piracy/asam:");
    assertThat(Dataset.incidentLane("acled", "IDN5154")).isZero();
    assertThat(Dataset.incidentLane("piracy", "asam:1993-74")).isEqualTo(3);
    assertThat(Dataset.incidentLane("piracy", "imb:1993-04-22:ab#1")).isEqualTo(2);
    assertThat(Dataset.incidentLane("piracy", "other:1")).as("no file claims it").isEqualTo(-1);
    assertThat(Dataset.incidentLane("gdelt", "1")).isEqualTo(-1);
    assertThat(Dataset.incidentLane("somewhere-new", "1")).isEqualTo(-1);
  }

  @Test
  void theSourcesTakeTheirNamesFromTheDeclaration() {
    assertThat(org.amity.ingest.acled.AcledSource.DATASET).isEqualTo(Dataset.ACLED.id());
    assertThat(org.amity.ingest.ucdp.GedSource.DATASET).isEqualTo(Dataset.UCDP_GED.id());
    assertThat(org.amity.ingest.maritime.PiracyFiles.DATASET).isEqualTo(Dataset.PIRACY.id());
    assertThat(Dataset.recordsIncidents("gdelt")).isFalse();
    assertThat(Dataset.recordsIncidents("piracy")).isTrue();
  }

  /**
   * Audit3 G2: a piracy record was named "piracy asam:1993-61" beside "piracy asam:1993-62", the
   * dataset of both files, where both records are NGA ASAM's; each now names its own file.
   */
  @Test
  void aRecordOfADatasetOfSeveralFilesIsNamedByItsOwnFile() {
    assertThat(Dataset.recordName("piracy", "asam:1993-61")).isEqualTo("NGA ASAM 1993-61");
    assertThat(Dataset.recordName("piracy", "asam:1993-62")).isEqualTo("NGA ASAM 1993-62");
    assertThat(Dataset.recordName("piracy", "imb:1993-04-22:ab#1"))
        .isEqualTo("IMB 1993-04-22:ab#1");
    assertThat(Dataset.recordName("piracy", "other:1"))
        .as("no file claims it")
        .isEqualTo("piracy other:1");
    assertThat(Dataset.recordName("gdelt", "1001")).isEqualTo("gdelt 1001");
  }
}
