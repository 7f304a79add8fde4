package org.amity.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amity.testing.GdeltLines;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCalibratorTest {
  @TempDir Path dir;

  @Test
  void calibratingTheSharedFilesReproducesTheShippedProfile() throws IOException {
    ProfileCalibrator c = new ProfileCalibrator();
    for (String f :
        List.of(
            "gdelt/events/20130401.export.CSV.gz",
            "gdelt/events/20161013151500.export.CSV",
            "gdelt/samples/events.csv",
            "gdelt/samples/eventsT.csv",
            "gdelt/samples/events1.csv")) {
      c.read(TestData.file(f));
    }
    assertThat(c.profile()).isEqualTo(GdeltProfile.standard());
    assertThat(c.profile().rows()).isEqualTo(18_212);
    assertThat(c.profile().sources()).allMatch(s -> s.rejected() == 0);
  }

  @Test
  void countsRegionRowsAndReportsOfTheSameIncident() throws IOException {
    GdeltLines clash = GdeltLines.v2(); // PHLMIL vs CHNGOV off Palawan, code 193
    Path f =
        Files.write(
            dir.resolve("x.export.CSV"),
            List.of(
                clash.id(1).toString(),
                clash.id(2).set(60, "https://b.example/").toString(),
                clash.id(3).set(26, "042").set(27, "042").set(28, "04").set(29, "1").toString(),
                GdeltLines.v2().id(4).set(7, "USA").set(17, "FRA").set(53, "FR").toString()),
            StandardCharsets.UTF_8);
    ProfileCalibrator c = new ProfileCalibrator();
    c.read(f);
    GdeltProfile p = c.profile();
    assertThat(p.rows()).isEqualTo(4);
    assertThat(p.regionRows()).isEqualTo(3);
    assertThat(p.quadClass()).containsEntry("4", 2L).containsEntry("1", 1L);
    assertThat(p.reportsPerIncident().get("4")).containsEntry("2", 1L).containsEntry("1", 1L);
    assertThat(p.countries()).containsEntry("PHL", 3L);
    assertThat(p.counterparts()).containsEntry("CHN", 3L);
    assertThat(p.actorKinds().get("source")).containsEntry("countryRole", 3L);
    assertThat(p.toneByQuadClass().get("4").n()).isEqualTo(3);
    assertThat(GdeltProfile.parse(p.toJson())).isEqualTo(p);
  }

  @Test
  void lagBucketsCoverEveryDistance() {
    assertThat(ProfileCalibrator.lagBucket(0)).isEqualTo("0");
    assertThat(ProfileCalibrator.lagBucket(7)).isEqualTo("2-7");
    assertThat(ProfileCalibrator.lagBucket(31)).isEqualTo("8-31");
    assertThat(ProfileCalibrator.lagBucket(400)).isEqualTo("366+");
  }
}
