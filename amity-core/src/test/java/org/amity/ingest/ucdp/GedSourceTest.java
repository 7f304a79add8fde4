package org.amity.ingest.ucdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amity.event.Event;
import org.amity.event.Fatalities;
import org.amity.testing.EventsRead;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GedSourceTest {
  private static final String PHL_HXL =
      ",,#date+year,,,,,,,,,,,,#group+name+first,,,#group+name+second,,#meta+source,,,#description,"
          + ",,#loc+name,,#adm1+name,#adm2+name,#geo+lat,#geo+lon,,,#country+name,#country+code,,"
          + "#region+name,,,#date+start,#date+end,,,,,#affected+killed,,,,";

  @TempDir Path dir;

  static EventsRead read(Path file) throws IOException {
    try (GedSource s = GedSource.open(file, file.getFileName().toString(), null)) {
      return EventsRead.of(s);
    }
  }

  @Test
  void readsEveryPhilippineEventWithDeathsTypeAndSides() throws IOException {
    EventsRead r = read(TestData.file("ucdp-ged/ged_hdx_philippines_1989-2021.csv"));
    assertThat(r.events()).hasSize(4_035);
    assertThat(r.rejects()).isEmpty();
    assertThat(r.events().stream().mapToInt(e -> e.fatalities().best()).sum()).isEqualTo(20_511);
    assertThat(r.events().stream().filter(e -> "one-sided violence".equals(e.subtype())).count())
        .isEqualTo(550);
    assertThat(r.events().stream().filter(e -> e.code().code().equals("180")).count())
        .isEqualTo(550);
    Event first = r.get("123403");
    // GED dates it 1989-01-01 to 1989-07-03: its dead are of the whole range
    assertThat(first.fatalities())
        .isEqualTo(new Fatalities(42, 42, 42, java.time.LocalDate.of(1989, 7, 3)));
    assertThat(first.source().code()).isEqualTo("PHLGOV");
    assertThat(first.target().code()).isEqualTo("PHLREB");
    assertThat(first.target().name()).isEqualTo("CPP");
    assertThat(first.eventDate()).hasToString("1989-01-01");
    assertThat(first.action().latitude()).isEqualTo(14.6042);
    assertThat(first.subtype()).isEqualTo("state-based conflict");
  }

  @Test
  void readsTheIndonesianLayoutAndKeepsDeathRangesAsGiven() throws IOException {
    EventsRead r = read(TestData.file("ucdp-ged/ged_hdx_indonesia_1989-2019.csv"));
    assertThat(r.events()).hasSize(1_734);
    assertThat(r.rejects()).isEmpty();
    // 7 records hold bare LF inside quoted fields: each is still one event, at its first line
    assertThat(r.records()).isEqualTo(1_735);
    Event odd = r.get("163942");
    assertThat(odd.fatalities())
        .isEqualTo(new Fatalities(3, 3, 2, java.time.LocalDate.of(2003, 7, 17)));
    assertThat(r.events()).allSatisfy(e -> assertThat(e.action().country()).isEqualTo("IDN"));
  }

  @Test
  void aRangeEndingOnItsFirstDayIsNoneAndOneEndingBeforeItIsRejected() throws IOException {
    Path real = TestData.file("ucdp-ged/ged_hdx_philippines_1989-2021.csv");
    List<String> lines = Files.readAllLines(real, StandardCharsets.UTF_8);
    // record 123403 runs from 1989-01-01 to 1989-07-03
    String end = "1989-07-03 00:00:00.000";
    assertThat(lines.get(1)).containsOnlyOnce(end);
    Path cut = dir.resolve("ends.csv");
    Files.writeString(
        cut,
        lines.get(0)
            + "\r\n"
            + lines.get(1).replace(end, "1989-01-01 00:00:00.000")
            + "\r\n"
            + lines.get(2).replace("124029,", "124030,")
            + "\r\n"
            + lines.get(1).replace(end, "1988-12-31 00:00:00.000").replace("123403,", "123404,")
            + "\r\n");
    EventsRead r = read(cut);
    assertThat(r.get("123403").fatalities().lastDay()).isNull();
    assertThat(r.rejects()).hasSize(1);
    assertThat(r.rejects().get(0).reason())
        .isEqualTo("date_end 1988-12-31 is before date_start 1989-01-01");
  }

  @Test
  void skipsTheHxlHashtagLine() throws IOException {
    Path real = TestData.file("ucdp-ged/ged_hdx_philippines_1989-2021.csv");
    List<String> lines = Files.readAllLines(real, StandardCharsets.UTF_8);
    Path cut = dir.resolve("hxl.csv");
    Files.writeString(
        cut,
        lines.get(0) + "\r\n" + PHL_HXL + "\r\n" + lines.get(1) + "\r\n" + lines.get(2) + "\r\n");
    EventsRead r = read(cut);
    assertThat(r.rejects()).isEmpty();
    assertThat(r.events()).extracting(Event::nativeId).containsExactly("123403", "124029");
    assertThat(r.skipped()).isEqualTo(2);
  }

  @Test
  void refusesAFileWithoutTheGedColumns() throws IOException {
    Path other = Files.writeString(dir.resolve("x.csv"), "id,best\n1,2\n");
    assertThatThrownBy(() -> read(other))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a UCDP GED file")
        .hasMessageContaining("type_of_violence");
  }
}
