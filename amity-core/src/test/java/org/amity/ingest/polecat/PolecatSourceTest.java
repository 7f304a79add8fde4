package org.amity.ingest.polecat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amity.event.Event;
import org.amity.event.QuadClass;
import org.amity.testing.EventsRead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No real POLECAT rows could be had (shared/data/polecat/PROVENANCE.md): these files are written
 * here to the column layout documented for the weekly and monthly files.
 */
class PolecatSourceTest {
  static final List<String> WEEKLY =
      List.of(
          "Event ID",
          "Event Date",
          "Event Type",
          "Event Mode",
          "Event Intensity",
          "Quad Code",
          "Contexts",
          "Actor Name",
          "Actor Country",
          "Actor COW",
          "Primary Actor Sector",
          "Actor Sectors",
          "Actor Title",
          "Actor Name Raw",
          "Wikipedia Actor ID",
          "Recipient Name",
          "Recipient Country",
          "Recipient COW",
          "Primary Recipient Sector",
          "Recipient Sectors",
          "Recipient Title",
          "Recipient Name Raw",
          "Wikipedia Recipient ID",
          "Placename",
          "City",
          "District",
          "Province",
          "Country",
          "Latitude",
          "Longitude",
          "GeoNames ID",
          "Raw Placename",
          "Feature Type",
          "Source",
          "Publication Date",
          "Story People",
          "Story Organizations",
          "Story Locations",
          "Language",
          "Version",
          "Headline");

  @TempDir Path dir;

  static String row(String id, String type, String mode, String intensity, String contexts) {
    return String.join(
        "\t",
        id,
        "2023-03-02",
        type,
        mode,
        intensity,
        "MATERIAL CONFLICT",
        contexts,
        "Philippine Army",
        "PHL",
        "840",
        "Military",
        "Military",
        "None",
        "soldiers",
        "None",
        "Abu Sayyaf",
        "PHL",
        "840",
        "Rebel",
        "Rebel",
        "None",
        "militants",
        "None",
        "Patikul",
        "Patikul",
        "None",
        "Sulu",
        "PHL",
        "6.0667",
        "121.1",
        "1695",
        "Patikul, Sulu",
        "PPL",
        "Example Wire",
        "2023-03-03",
        "None",
        "None",
        "None",
        "en",
        "1.0",
        "Troops clash with militants in Sulu");
  }

  Path write(List<String> header, String... rows) throws IOException {
    return Files.writeString(
        dir.resolve("ngecEvents.20230305.txt"),
        String.join("\t", header) + "\n" + String.join("\n", rows) + "\n",
        StandardCharsets.UTF_8);
  }

  static EventsRead read(Path file) throws IOException {
    try (PolecatSource s = PolecatSource.open(file, file.getFileName().toString(), null)) {
      return EventsRead.of(s);
    }
  }

  @Test
  void mapsPloverTypeAndModeToCameoAndKeepsTheContexts() throws IOException {
    EventsRead r =
        read(
            write(
                WEEKLY,
                row("e1", "ASSAULT", "firearms", "-9", "military;terrorism"),
                row("e2", "PROTEST", "demo", "None", "None"),
                row("e3", "RETREAT", "None", "None", "None")));
    assertThat(r.rejects()).isEmpty();
    Event clash = r.get("e1");
    assertThat(clash.code().code()).isEqualTo("193");
    assertThat(clash.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
    assertThat(clash.goldstein()).isEqualTo(-9.0);
    assertThat(clash.subtype()).isEqualTo("ASSAULT/firearms [military;terrorism]");
    assertThat(clash.source().code()).isEqualTo("PHLMIL");
    assertThat(clash.target().country()).isEqualTo("PHL");
    assertThat(clash.action().name()).isEqualTo("Patikul");
    assertThat(clash.action().adm1()).isEqualTo("Sulu");
    assertThat(clash.narrative()).isEqualTo("Troops clash with militants in Sulu");
    assertThat(clash.dateAdded()).hasToString("2023-03-03T00:00");
    assertThat(r.get("e2").code().code()).isEqualTo("141");
    assertThat(r.get("e2").goldstein()).isEqualTo(-6.5);
    assertThat(r.get("e2").subtype()).isEqualTo("PROTEST/demo");
    assertThat(r.get("e3").code().code()).isEqualTo("087");
  }

  @Test
  void readsTheMonthlyLayoutWithIntensityInsteadOfEventIntensity() throws IOException {
    List<String> monthly =
        WEEKLY.stream()
            .filter(c -> !c.equals("Headline"))
            .map(c -> c.equals("Event Intensity") ? "Intensity" : c)
            .toList();
    String row = row("m1", "COERCE", "arrest", "-5", "None");
    EventsRead r = read(write(monthly, row.substring(0, row.lastIndexOf('\t'))));
    assertThat(r.rejects()).isEmpty();
    assertThat(r.get("m1").code().code()).isEqualTo("173");
    assertThat(r.get("m1").narrative()).isNull();
  }

  @Test
  void rejectsMalformedRowsWithTheirLineAndReadsOn() throws IOException {
    String good = row("g1", "AID", "None", "7", "None");
    String split = row("s1", "AGREE", "None", "5", "None");
    int cut = split.indexOf("Patikul");
    EventsRead r =
        read(
            write(
                WEEKLY,
                row("x1", "ASSAULT", "firearms", "-9", "None") + "\textra",
                split.substring(0, cut) + "\n" + split.substring(cut),
                row("u1", "WEATHER", "None", "0", "None"),
                row("i1", "AID", "None", "eleven", "None"),
                good));
    assertThat(r.events()).extracting(Event::nativeId).containsExactly("g1");
    assertThat(r.rejects()).extracting(j -> j.line()).containsExactly(2L, 3L, 4L, 5L, 6L);
    assertThat(r.rejects().get(0).reason()).contains("columns");
    assertThat(r.rejects().get(3).reason()).contains("PLOVER event type");
    assertThat(r.rejects().get(4).reason()).contains("intensity");
  }

  @Test
  void refusesAFileWithoutThePolecatColumns() throws IOException {
    Path other = Files.writeString(dir.resolve("x.tsv"), "Event ID\tEvent Date\n1\t2023-01-01\n");
    assertThatThrownBy(() -> read(other))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a POLECAT file");
  }
}
