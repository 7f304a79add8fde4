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
}
