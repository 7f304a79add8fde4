package org.amity.ingest.icewsdaily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.amity.event.Event;
import org.amity.event.GeoPrecision;
import org.amity.event.Location;
import org.amity.event.QuadClass;
import org.amity.ingest.Reject;
import org.amity.testing.EventsRead;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcewsDailySourceTest {
  static final String HEADER =
      "date,source,event_text,target,source_country,target_country,source_id,relation_id,"
          + "target_id,time_id";

  @TempDir Path dir;

  private EventsRead read(Path file) throws IOException {
    try (IcewsDailySource s = IcewsDailySource.open(file, file.getFileName().toString(), null)) {
      return EventsRead.of(s);
    }
  }

  private Path write(String... lines) throws IOException {
    return Files.writeString(
        dir.resolve("daily.csv"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void readsEveryRowOfThe2014FileAndMapsEveryEventText() throws IOException {
    EventsRead r =
        read(TestData.file("icews-tkg-sea/icews14s_sea_events_2014-01-01_2014-09-30.csv"));
    assertThat(r.events()).hasSize(6_498);
    assertThat(r.rejects()).isEmpty();
    assertThat(r.records()).isEqualTo(6_499);
    assertThat(r.events()).allSatisfy(e -> assertThat(e.dataset()).isEqualTo("icews-daily"));
    assertThat(r.events().stream().map(Event::nativeId).distinct()).hasSize(6_498);
    long coupDayMilitary =
        r.events().stream()
            .filter(e -> e.eventDate().toString().equals("2014-05-22"))
            .filter(e -> "THAMIL".equals(e.source().code()))
            .count();
    assertThat(coupDayMilitary).isPositive();
  }

  @Test
  void readsTheIcewsOnlyRejectionOfJudicialCooperationIn2018AsItsCameoParent() throws IOException {
    Path file = TestData.file("icews-tkg-sea/icews18_sea_events_2018-08-29_2018-10-31.csv");
    LongAdder parentCoded = new LongAdder();
    EventsRead r;
    try (IcewsDailySource s = IcewsDailySource.open(file, "icews18.csv", null, parentCoded)) {
      r = EventsRead.of(s);
    }
    assertThat(r.events()).hasSize(5_739);
    assertThat(r.rejects()).isEmpty();
    assertThat(parentCoded.sum()).isEqualTo(1);
    // line 3,315, "Reject judicial cooperation" (ICEWS 1213): reject material cooperation, 121
    Event judicial = r.events().get(3_315 - 2);
    assertThat(judicial.code().code()).isEqualTo("121");
    assertThat(judicial.quadClass()).isEqualTo(QuadClass.VERBAL_CONFLICT);
  }

  @Test
  void givesTheSameIdsOnEveryReadAndKeepsRepeatedRowsApart() throws IOException {
    String row =
        "2014-05-22,Military (Thailand),Use unconventional violence,Citizen (Thailand),"
            + "Thailand,Thailand,1,10,31,142";
    Path f = write(HEADER, row, row, row.replace("2014-05-22", "2014-05-23"));
    EventsRead first = read(f);
    EventsRead again = read(f);
    List<String> ids = first.events().stream().map(Event::nativeId).toList();
    assertThat(ids).isEqualTo(again.events().stream().map(Event::nativeId).toList());
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids.get(0)).startsWith("2014-05-22:").endsWith("#1");
    assertThat(ids.get(1)).isEqualTo(ids.get(0).replace("#1", "#2"));
    assertThat(ids.get(2)).startsWith("2014-05-23:").endsWith("#1");
  }

  @Test
  void buildsActorsFromNamesAndPlacesEventsOnlyWhenBothSidesShareACountry() throws IOException {
    Path f =
        write(
            HEADER,
            "2014-05-22,Military (Thailand),Use unconventional violence,Citizen (Thailand),"
                + "Thailand,Thailand,1,10,31,142",
            "2018-08-29,United Nations,Accuse,Military (Myanmar),,Myanmar,6,20,7,5760",
            "2018-08-29,Prayuth Chan-ocha,Make a visit,Japan,,,8,32,116,5760");
    EventsRead r = read(f);
    Event violence = r.events().get(0);
    assertThat(violence.source().code()).isEqualTo("THAMIL");
    assertThat(violence.source().types()).containsExactly("MIL");
    assertThat(violence.target().code()).isEqualTo("THACVL");
    assertThat(violence.code().code()).isEqualTo("180");
    assertThat(violence.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
    assertThat(violence.goldstein()).isEqualTo(-9.0);
    assertThat(violence.action().country()).isEqualTo("THA");
    assertThat(violence.action().precision()).isEqualTo(GeoPrecision.NONE);
    assertThat(violence.action().hasCoordinates()).isFalse();

    Event accuse = r.events().get(1);
    assertThat(accuse.source().country()).isNull();
    assertThat(accuse.source().types()).containsExactly("IGO");
    assertThat(accuse.target().code()).isEqualTo("MMRMIL");
    assertThat(accuse.action()).isEqualTo(Location.UNKNOWN);

    Event visit = r.events().get(2);
    assertThat(visit.source().code()).isNull();
    assertThat(visit.source().name()).isEqualTo("Prayuth Chan-ocha");
    assertThat(visit.target().code()).isEqualTo("JPNGOV");
  }

  @Test
  void rejectsBadRowsWithTheLineWhereTheRecordStarts() throws IOException {
    Path f =
        write(
            HEADER,
            "2014-01-01,\"Citizen\n(Indonesia)\",Make statement,Police (Indonesia),,,1,2,3,1",
            "2014-01-01,Police (Indonesia),Sing a song,Men (Indonesia),,,1,2,3,1",
            "2014-13-01,Police (Indonesia),Make statement,Men (Indonesia),,,1,2,3,1",
            "2014-01-01,Police (Indonesia),Make statement,Men (Indonesia),,,1,2,3",
            "2014-01-01,Police (Indonesia),Make statement,,,,1,2,3,1",
            "2014-01-01,Police (Indonesia),Make statement,Men (Indonesia),,,1,x,3,1",
            "2014-01-02,Police (Indonesia),Make statement,Men (Indonesia),,,1,2,3,2");
    EventsRead r = read(f);
    assertThat(r.events()).hasSize(2);
    assertThat(r.lines()).containsExactly(2L, 9L);
    assertThat(r.rejects())
        .extracting(Reject::line, Reject::reason)
        .containsExactly(
            tuple(4L, "unknown CAMEO event text 'Sing a song'"),
            tuple(5L, "date is not a date (yyyy-mm-dd): '2014-13-01'"),
            tuple(6L, "expected 10 columns, found 9"),
            tuple(7L, "target is missing"),
            tuple(8L, "relation_id is not a whole number >= 0: 'x'"));
    assertThat(r.records()).isEqualTo(8);
  }

  @Test
  void readsAByteOrderMarkAndCrLfAndRejectsBytesThatAreNotUtf8() throws IOException {
    byte[] good =
        "2014-01-01,Malaysia,Make statement,Men (Malaysia),Malaysia,Malaysia,1,2,3,1\r\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] bad =
        "2014-01-01,Malays\u00ffa,Make statement,Men (Malaysia),,,1,2,3,1\r\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Path f = dir.resolve("bom.csv");
    try (var out = Files.newOutputStream(f)) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      out.write((HEADER + "\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(good);
      out.write(bad);
    }
    EventsRead r = read(f);
    assertThat(r.events()).hasSize(1);
    assertThat(r.events().get(0).target().name()).isEqualTo("Men (Malaysia)");
    assertThat(r.rejects())
        .extracting(Reject::line, Reject::reason)
        .containsExactly(tuple(3L, "invalid UTF-8"));
  }

  @Test
  void readsAGzippedFileLikeAPlainOne() throws IOException {
    String text =
        HEADER + "\n2014-01-01,Malaysia,Make statement,Men (Malaysia),Malaysia,Malaysia,1,2,3,1\n";
    Path gz = dir.resolve("daily.csv.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    EventsRead r = read(gz);
    assertThat(r.events()).hasSize(1);
    assertThat(r.events().get(0).source().code()).isEqualTo("MYSGOV");
  }

  @Test
  void failsTheWholeFileOnAnUnterminatedQuoteOrAnotherHeader() throws IOException {
    Path broken = write(HEADER, "2014-01-01,Malaysia,Make statement,\"Men (Malaysia),,,1,2,3,1");
    try (IcewsDailySource s = IcewsDailySource.open(broken, "broken.csv", null)) {
      assertThatThrownBy(() -> EventsRead.of(s))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("unreadable CSV from line 2");
    }
    Path other = write("sourcecode,sourcename,targetcode", "710,CHINA,713");
    assertThatThrownBy(() -> IcewsDailySource.open(other, "other.csv", null))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a decoded ICEWS daily file");
  }
}
