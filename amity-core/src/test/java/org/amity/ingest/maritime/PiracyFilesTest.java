package org.amity.ingest.maritime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.amity.event.Event;
import org.amity.event.GeoPrecision;
import org.amity.ingest.EventSource;
import org.amity.ingest.Reject;
import org.amity.testing.EventsRead;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PiracyFilesTest {
  static final String IMB_HEADER =
      "date,time,longitude,latitude,attack_type,location_description,nearest_country,eez_country,"
          + "shore_distance,shore_longitude,shore_latitude,attack_description,vessel_name,"
          + "vessel_type,vessel_status,data_source";
  static final String ASAM_HEADER =
      "\uFEFFreference,date,position,navArea,subreg,hostility,victim,description,";

  @TempDir Path dir;

  private static EventsRead read(Path file) throws IOException {
    try (EventSource s = PiracyFiles.open(file, file.getFileName().toString(), null)) {
      return EventsRead.of(s);
    }
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(
        dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void readsEveryAsamRecordAndPlacesKnownIncidentsInTheirSeaAreas() throws IOException {
    EventsRead r = read(TestData.file("piracy/nga_asam_1978-2019.csv"));
    assertThat(r.events()).hasSize(7_921);
    assertThat(r.rejects()).isEmpty();

    Event sulu = r.get("asam:2016-61");
    assertThat(sulu.eventDate()).isEqualTo(LocalDate.of(2016, 3, 26));
    assertThat(sulu.action().seaArea()).isEqualTo("SULU_CELEBES");
    assertThat(sulu.action().country()).isEqualTo("PHL");
    assertThat(sulu.action().precision()).isEqualTo(GeoPrecision.PLACE);
    assertThat(sulu.subtype()).isEqualTo("kidnapping");
    assertThat(sulu.code().code()).isEqualTo("181");
    assertThat(sulu.source().types()).containsExactly("CRM");
    assertThat(sulu.narrative()).startsWith("PHILIPPINES: On 26 March");

    Event strait = r.get("asam:2015-37");
    assertThat(strait.action().seaArea()).isEqualTo("MALACCA_SINGAPORE");
    assertThat(strait.action().name()).isEqualTo("SINGAPORE STRAIT");
    assertThat(strait.subtype()).isEqualTo("boarding");
    assertThat(strait.code().code()).isEqualTo("171");
    assertThat(strait.target().name()).isEqualTo("Bulk Carrier");
    assertThat(strait.target().types()).containsExactly("BUS");

    Event yacht = r.get("asam:2016-266");
    assertThat(yacht.target().types()).containsExactly("CVL");

    long sulu2016 =
        r.events().stream()
            .filter(e -> "SULU_CELEBES".equals(e.action().seaArea()))
            .filter(e -> e.eventDate().getYear() == 2016)
            .count();
    long sulu2015 =
        r.events().stream()
            .filter(e -> "SULU_CELEBES".equals(e.action().seaArea()))
            .filter(e -> e.eventDate().getYear() == 2015)
            .count();
    assertThat(sulu2016).isEqualTo(31);
    assertThat(sulu2015).isEqualTo(9);
  }

  @Test
  void readsEveryImbRecordWithItsCoastalStateAndSubtype() throws IOException {
    EventsRead r = read(TestData.file("piracy/imb_pirate_attacks_1993-2017.csv"));
    assertThat(r.events()).hasSize(6_960);
    assertThat(r.rejects()).isEmpty();
    // twenty records repeat an earlier one field for field (six copies of one unnamed hijacking off
    // Sabah on 2001-06-14, four of one in the Malacca Straits on 2002-04-17, ...): their ids repeat
    assertThat(r.events().stream().map(Event::nativeId).distinct()).hasSize(6_940);
    assertThat(r.events()).allSatisfy(e -> assertThat(e.nativeId()).startsWith("imb:"));

    Event omapoy =
        r.events().stream()
            .filter(e -> e.eventDate().equals(LocalDate.of(2016, 3, 25)))
            .filter(e -> "SULU_CELEBES".equals(e.action().seaArea()))
            .findFirst()
            .orElseThrow();
    assertThat(omapoy.subtype()).isEqualTo("kidnapping");
    assertThat(omapoy.action().country()).isEqualTo("PHL");
    assertThat(omapoy.narrative()).contains("Omapoy Island");
    long hijacked = r.events().stream().filter(e -> "hijacking".equals(e.subtype())).count();
    long kidnapped = r.events().stream().filter(e -> "kidnapping".equals(e.subtype())).count();
    assertThat(hijacked + kidnapped).isEqualTo(500 + 24);
  }

  @Test
  void givesImbIncidentsStableIdsAndOneIdToARecordRepeatedFieldForField() throws IOException {
    String row =
        "2001-06-14,\"NA\",117.9173,6.404,Boarded,Sulu Sea,PHL,PHL,1,1,1,\"NA\",\"NA\","
            + "\"NA\",Steaming,mappingpiracy";
    // the same date, time, position and vessel, but another vessel status: another record
    String anchored = row.replace("Steaming", "Anchored");
    Path f = write("imb.csv", IMB_HEADER, row, row, anchored, row);
    EventsRead first = read(f);
    EventsRead again = read(f);
    List<String> ids = first.events().stream().map(Event::nativeId).toList();
    assertThat(ids)
        .containsExactlyElementsOf(again.events().stream().map(Event::nativeId).toList());
    assertThat(ids.get(0)).endsWith("#1");
    assertThat(ids.get(1)).isEqualTo(ids.get(0));
    assertThat(ids.get(2)).endsWith("#2");
    assertThat(ids.get(3)).isEqualTo(ids.get(0));
    assertThat(first.events().get(0).action().seaArea()).isEqualTo("SULU_CELEBES");
    assertThat(first.events().get(0).target().name()).isNull();
  }

  @Test
  void rejectsBadImbRecordsWithLineAndReason() throws IOException {
    Path f =
        write(
            "imb.csv",
            IMB_HEADER,
            "2016-13-40,\"NA\",119.2,4.8,Boarded,x,PHL,PHL,1,1,1,\"NA\",A,\"NA\",\"NA\",imb",
            "2016-03-25,\"NA\",119.2,94.8,Boarded,x,PHL,PHL,1,1,1,\"NA\",A,\"NA\",\"NA\",imb",
            "2016-03-25,\"NA\",0,0,Boarded,x,PHL,PHL,1,1,1,\"NA\",A,\"NA\",\"NA\",imb",
            "2016-03-25,\"NA\",119.2,4.8,Sunk,x,PHL,PHL,1,1,1,\"NA\",A,\"NA\",\"NA\",imb",
            "2016-03-25,\"NA\",119.2,4.8,Boarded,x,XXX,PHL,1,1,1,\"NA\",A,\"NA\",\"NA\",imb",
            "2016-03-25,\"NA\",119.2,4.8,Boarded,\"two\nlines\",PHL,PHL,1,1,1,\"Robbers boarded.\nThey"
                + " kidnapped the master.\",A,Tug,\"NA\",imb");
    EventsRead r = read(f);
    assertThat(r.rejects())
        .extracting(Reject::line, Reject::reason)
        .containsExactly(
            tuple(2L, "date is not a date (yyyy-mm-dd): '2016-13-40'"),
            tuple(3L, "latitude outside -90.0..90.0: '94.8'"),
            tuple(4L, "position 0,0 stands for no position"),
            tuple(5L, "unknown attack_type 'Sunk'"),
            tuple(6L, "nearest_country is not an ISO3 code Amity knows: 'XXX'"));
    assertThat(r.events()).hasSize(1);
    assertThat(r.lines()).containsExactly(7L);
    assertThat(r.events().get(0).subtype()).isEqualTo("kidnapping");
    assertThat(r.events().get(0).target().name()).isEqualTo("A");
  }

  @Test
  void rejectsBadAsamRecordsAndNamesTheKindOfIncidentFromTheHostilityField() throws IOException {
    Path f =
        write(
            "asam.csv",
            ASAM_HEADER,
            "2019-1,2019-01-02,\"1°16'12\"\"N \n104°13'24\"\"E\",XI,71,Suspicious Approach,Tanker,"
                + "\"Crew noticed a boat.\",",
            "2019-2,2019-01-03,\"1.2N 104.2E\",XI,71,Robbers,Tanker,\"Robbers boarded.\",",
            "2019-3,03/01/2019,\"1°16'12\"\"N \n104°13'24\"\"E\",XI,71,Robbers,Tanker,\"x\",",
            "2019-4,2019-01-04,\"1°16'12\"\"N \n104°13'24\"\"E\",XI,71,IRANIAN NAVY,"
                + "MERCHANT VESSEL,\"IRAN: The navy detained a ship.\",",
            "2019-5,2019-01-05,\"1°16'12\"\"N \n104°13'24\"\"E\",XI,71,Robbers,Tanker,\"x\",extra");
    EventsRead r = read(f);
    assertThat(r.rejects())
        .extracting(Reject::line, Reject::reason)
        .containsExactly(
            tuple(4L, "position is not degrees/minutes/seconds: '1.2N 104.2E'"),
            tuple(5L, "date is not a date (yyyy-mm-dd): '03/01/2019'"),
            tuple(9L, "expected 8 columns, found 9"));
    Event approach = r.get("asam:2019-1");
    assertThat(approach.subtype()).isEqualTo("suspicious approach");
    assertThat(approach.code().code()).isEqualTo("150");
    assertThat(approach.source().name()).isNull();
    assertThat(approach.source().types()).containsExactly("CRM");
    Event navy = r.get("asam:2019-4");
    assertThat(navy.subtype()).isEqualTo("detained");
    assertThat(navy.source().types()).containsExactly("MIL");
    assertThat(navy.action().country()).isEqualTo("IRN");
  }

  @Test
  void refusesAFileWithAnotherHeader() throws IOException {
    Path f = write("codes.csv", "country,region,country_name", "IDN,Asia,Indonesia");
    assertThatThrownBy(() -> PiracyFiles.open(f, "codes.csv", null))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a maritime incident file");
  }
}
