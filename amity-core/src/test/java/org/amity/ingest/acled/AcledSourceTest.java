package org.amity.ingest.acled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.amity.event.Event;
import org.amity.event.Fatalities;
import org.amity.event.GeoPrecision;
import org.amity.event.QuadClass;
import org.amity.testing.EventsRead;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcledSourceTest {
  static final String HEADER =
      "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,"
          + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,"
          + "region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
          + "source_scale,notes,fatalities,timestamp,iso3";

  @TempDir Path dir;

  static EventsRead read(Path file) throws IOException {
    try (AcledSource s = AcledSource.open(file, file.getFileName().toString(), null)) {
      return EventsRead.of(s);
    }
  }

  private Path write(String... rows) throws IOException {
    return Files.writeString(
        dir.resolve("acled.csv"),
        HEADER + "\n" + String.join("\n", rows) + "\n",
        StandardCharsets.UTF_8);
  }

  private static String row(String id, String type, String sub, String fatalities) {
    return "1,360,"
        + id
        + ",1,\"06 November 2020\",2020,1,"
        + type
        + ",\""
        + sub
        + "\",\"Rioters (Indonesia)\",,5,\"Police Forces of Indonesia (2014-)\",,1,15,"
        + "\"Southeast Asia\",Indonesia,Papua,Jayapura,Abepura,Abepura,-2.6,140.6,2,Kompas,"
        + "National,\"A note, with a comma.\","
        + fatalities
        + ",1605029834,IDN";
  }

  @Test
  void readsEveryEventOfThe2020ExportWithItsFatalities() throws IOException {
    EventsRead r = read(TestData.file("acled/acled_indonesia_2019-2020.csv"));
    assertThat(r.events()).hasSize(2_922);
    assertThat(r.rejects()).isEmpty();
    assertThat(r.events().stream().mapToInt(e -> e.fatalities().best()).sum()).isEqualTo(314);
    Map<String, Long> roots =
        r.events().stream()
            .collect(Collectors.groupingBy(e -> e.code().root(), Collectors.counting()));
    // Protests 1,967 (141/175) and Riots 506 (145) are root 14, except excessive force (17)
    assertThat(roots.get("14") + roots.getOrDefault("17", 0L)).isGreaterThanOrEqualTo(2_473);
    Event clash = r.get("IDN5154");
    assertThat(clash.code().code()).isEqualTo("190");
    assertThat(clash.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
    assertThat(clash.fatalities()).isEqualTo(Fatalities.exactly(1));
    assertThat(clash.source().code()).isEqualTo("IDNREB");
    assertThat(clash.target().code()).isEqualTo("IDNMIL");
    assertThat(clash.subtype()).isEqualTo("Armed clash");
    assertThat(clash.narrative()).startsWith("On 6 November 2020, an armed clash broke out");
    assertThat(clash.action().adm1()).isEqualTo("Papua");
    assertThat(clash.eventDate()).hasToString("2020-11-06");
    assertThat(clash.dateAdded()).hasToString("2020-11-10T17:37:14");
  }

  @Test
  void readsThe2015LayoutWithUpperCaseNamesAndTheOldTaxonomy() throws IOException {
    EventsRead r = read(TestData.file("acled/acled_asia2015_sea_legacy.csv"));
    assertThat(r.events()).hasSize(930);
    assertThat(r.rejects()).isEmpty();
    Event protest = r.get("1CAM");
    assertThat(protest.code().code()).isEqualTo("141");
    assertThat(protest.source().code()).isEqualTo("KHMOPP");
    assertThat(protest.subtype()).isEqualTo("Riots/Protests");
    assertThat(protest.eventDate()).hasToString("2015-01-01");
    assertThat(r.events().stream().map(e -> e.action().country()).distinct())
        .containsExactlyInAnyOrder("MMR", "THA", "KHM", "VNM", "LAO");
    assertThat(r.events().stream().filter(e -> e.code().root().equals("19")).count())
        .isEqualTo(303 + 13 + 1);
  }

  @Test
  void mapsSubEventTypesThroughTheDataFile() throws IOException {
    EventsRead r =
        read(
            write(
                row("A1", "Riots", "Mob violence", "0"),
                row("A2", "Protests", "Excessive force against protesters", "2"),
                row("A3", "Explosions/Remote violence", "Air/drone strike", "5"),
                row("A4", "Explosions/Remote violence", "Something new", "0")));
    assertThat(r.rejects()).isEmpty();
    assertThat(r.get("A1").code().code()).isEqualTo("145");
    assertThat(r.get("A2").code().code()).isEqualTo("175");
    assertThat(r.get("A3").code().code()).isEqualTo("195");
    assertThat(r.get("A4").code().code()).isEqualTo("183");
    assertThat(r.get("A1").source().types()).startsWith("OPP");
    assertThat(r.get("A1").target().types()).containsExactly("COP");
    assertThat(r.get("A1").action().precision()).isEqualTo(GeoPrecision.PLACE);
  }

  @Test
  void storesCiviliansNamedFirstAsTheSideActedOn() throws IOException {
    String civiliansFirst =
        "1,360,C1,1,\"06 November 2020\",2020,1,\"Violence against civilians\",Attack,"
            + "\"Civilians (Indonesia)\",,7,\"Unidentified Armed Group (Indonesia)\",,3,37,"
            + "\"Southeast Asia\",Indonesia,Papua,Jayapura,Abepura,Abepura,-2.6,140.6,2,Kompas,"
            + "National,\"Gunmen shot two villagers.\",2,1605029834,IDN";
    String civiliansAlone =
        "1,360,C2,1,\"06 November 2020\",2020,1,\"Strategic developments\",Other,"
            + "\"Civilians (Indonesia)\",,7,,,0,70,"
            + "\"Southeast Asia\",Indonesia,Papua,Jayapura,Abepura,Abepura,-2.6,140.6,2,Kompas,"
            + "National,\"Villagers fled.\",0,1605029834,IDN";
    EventsRead r =
        read(write(civiliansFirst, civiliansAlone, row("C3", "Riots", "Mob violence", "0")));
    assertThat(r.rejects()).isEmpty();
    assertThat(r.get("C1").source().code()).isEqualTo("IDNUAF");
    assertThat(r.get("C1").target().code()).isEqualTo("IDNCVL");
    assertThat(r.get("C1").source().name()).isEqualTo("Unidentified Armed Group (Indonesia)");
    assertThat(r.get("C2").source().code()).isEqualTo("IDNCVL");
    assertThat(r.get("C2").target()).isEqualTo(org.amity.event.Actor.NONE);
    assertThat(r.get("C3").source().types()).startsWith("OPP");
  }

  @Test
  void theVictimsInThe2015FileAreNeverTheSource() throws IOException {
    EventsRead r = read(TestData.file("acled/acled_asia2015_sea_legacy.csv"));
    // "Two Karenni refugees were killed ... in a shooting at a border camp" (Thailand): written
    // Civilians (Myanmar) first, the unidentified armed group second
    Event shooting = r.get("162THI");
    assertThat(shooting.source().code()).isEqualTo("THAUAF");
    assertThat(shooting.target().code()).isEqualTo("MMRCVL");
    assertThat(
            r.events().stream()
                .filter(e -> e.source().hasType("CVL") && !e.target().isEmpty())
                .map(Event::nativeId))
        .isEmpty();
  }

  @Test
  void rejectsUnknownTypesAndBadFatalitiesWithTheirLine() throws IOException {
    EventsRead r =
        read(
            write(
                row("B1", "Weather", "Storm", "0"),
                row("B2", "Battles", "Armed clash", "-3"),
                row("B3", "Battles", "Armed clash", "4")));
    assertThat(r.events()).extracting(Event::nativeId).containsExactly("B3");
    assertThat(r.rejects()).hasSize(2);
    assertThat(r.rejects().get(0).line()).isEqualTo(2);
    assertThat(r.rejects().get(0).reason()).contains("not in the ACLED mapping");
    assertThat(r.rejects().get(1).line()).isEqualTo(3);
    assertThat(r.rejects().get(1).reason()).contains("fatalities");
  }

  @Test
  void refusesAFileThatIsNotAnAcledExport() throws IOException {
    Path other = Files.writeString(dir.resolve("x.csv"), "a,b\n1,2\n");
    assertThatThrownBy(() -> read(other))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not an ACLED export")
        .hasMessageContaining("event_id_cnty");
  }
}
