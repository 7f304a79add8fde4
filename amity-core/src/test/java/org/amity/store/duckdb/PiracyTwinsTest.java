package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.amity.ingest.EventSource;
import org.amity.ingest.maritime.PiracyFiles;
import org.amity.store.EventStore;
import org.amity.store.TwinReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One incident reported in both piracy files counts once ({@link PiracyTwins}); fictional records
 * of both layouts, in the Singapore Strait and the Sulu Sea.
 */
class PiracyTwinsTest {
  private static final String IMB_HEADER =
      "date,time,longitude,latitude,attack_type,location_description,nearest_country,eez_country,"
          + "shore_distance,shore_longitude,shore_latitude,attack_description,vessel_name,"
          + "vessel_type,vessel_status,data_source";
  private static final String ASAM_HEADER =
      "\uFEFFreference,date,position,navArea,subreg,hostility,victim,description,";

  @TempDir Path dir;

  private Path imb() throws IOException {
    return write(
        "imb.csv",
        IMB_HEADER,
        // a busy night in the strait: two ships boarded a mile apart
        imb("2020-03-10", 104.00, 1.20, "Boarded", "Sea Wren", "Bulk Carrier"),
        imb("2020-03-10", 104.02, 1.21, "Boarded", "Blue Heron", "Tanker"),
        // IMB's label says boarded; ASAM's narrative, dated a day later, reports a kidnapping
        imb("2020-03-12", 119.50, 5.80, "Boarded", "Coral Tug 7", "Tug"),
        // ASAM reports a boarding the same day thirty miles north: another ship
        imb("2020-03-20", 104.00, 1.20, "Boarded", "Far Petrel", "Container"),
        // an explosion is no robbery, however close
        imb("2020-03-25", 104.00, 1.20, "Explosion", "Grey Gull", "Tanker"));
  }

  private Path asam() throws IOException {
    return write(
        "asam.csv",
        ASAM_HEADER,
        asam(
            "2020-1",
            "2020-03-10",
            dms("1°12'00", "104°00'00"),
            "MERCHANT VESSEL",
            "Robbers boarded a ship."),
        asam(
            "2020-2",
            "2020-03-13",
            dms("5°48'00", "119°30'00"),
            "TUG",
            "PHILIPPINES: On 12 March, gunmen boarded a tug and kidnapped three crew members."),
        asam(
            "2020-3",
            "2020-03-20",
            dms("1°42'00", "104°00'00"),
            "MERCHANT VESSEL",
            "Robbers boarded a ship."),
        asam(
            "2020-4",
            "2020-03-25",
            dms("1°12'00", "104°00'00"),
            "MERCHANT VESSEL",
            "Robbers boarded a ship."),
        // the same night and place as the two IMB boardings, but a ship neither of them names
        asam(
            "2020-5",
            "2020-03-10",
            dms("1°12'00", "104°00'00"),
            "NIGHT OWL",
            "Robbers boarded the ship."));
  }

  private static String imb(
      String date, double lon, double lat, String type, String vessel, String kind) {
    return date
        + ",\"NA\","
        + lon
        + ","
        + lat
        + ","
        + type
        + ",Strait,SGP,SGP,1,1,1,\"NA\","
        + vessel
        + ","
        + kind
        + ",\"NA\",imb";
  }

  private static String asam(String ref, String date, String pos, String victim, String text) {
    return ref + "," + date + "," + pos + ",XI,71,Robbers," + victim + ",\"" + text + "\",";
  }

  /** An ASAM position as the file writes it: degrees, minutes, seconds across a line break. */
  private static String dms(String north, String east) {
    return "\"" + north + "\"\"N \n" + east + "\"\"E\"";
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(
        dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static void ingest(DuckDbEventStore store, Path file) throws IOException {
    try (EventSource s = PiracyFiles.open(file, file.getFileName().toString(), null)) {
      store.ingest(s, null);
    }
  }

  private static List<String> rows(DuckDbEventStore store, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static final String TWINS =
      "SELECT coalesce(tgt_name, native_id) || ' -> ' || (SELECT coalesce(e.tgt_name,"
          + " e.native_id) || ' ' || e.subtype FROM events e WHERE e.native_id = t.kept_native_id)"
          + " FROM piracy_twins t ORDER BY 1";

  @Test
  void anIncidentInBothFilesCountsOnceAndKeepsTheMoreSeriousReport() throws Exception {
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      ingest(store, imb());
      ingest(store, asam());
      TwinReports merged = store.mergePiracyTwins();

      assertThat(merged).isEqualTo(new TwinReports(2, 0, 0));
      // the ASAM boarding joins IMB's Sea Wren (the same kind: IMB's report stays); the tug's
      // kidnapping stays from ASAM and IMB's "Boarded" joins it
      assertThat(rows(store, TWINS))
          .containsExactly("Coral Tug 7 -> TUG kidnapping", "MERCHANT VESSEL -> Sea Wren boarding");
      assertThat(rows(store, "SELECT reason FROM piracy_twins ORDER BY days_apart"))
          .containsExactly(
              "one incident in both files: IMB boarding and ASAM boarding, 0 day(s) and 0.0 nm"
                  + " apart",
              "one incident in both files: IMB boarding and ASAM kidnapping, 1 day(s) and 0.0 nm"
                  + " apart");
      // every record is accounted for: eight count, two are kept beside them
      assertThat(rows(store, "SELECT count(*) FROM events")).containsExactly("8");
      assertThat(rows(store, "SELECT count(*) FROM piracy_twins")).containsExactly("2");
      // the busy night's other ship, the far boarding, the explosion and the named ship stay
      assertThat(rows(store, "SELECT tgt_name FROM events ORDER BY 1"))
          .contains("Blue Heron", "Far Petrel", "Grey Gull", "NIGHT OWL", "Sea Wren", "TUG");
    }
  }

  @Test
  void ingestingTheFilesAgainOrInTheOtherOrderStoresNoDuplicate() throws Exception {
    List<String> first;
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      ingest(store, imb());
      ingest(store, asam());
      store.mergePiracyTwins();
      first = rows(store, TWINS);
      ingest(store, asam());
      ingest(store, imb());
      assertThat(store.mergePiracyTwins()).isEqualTo(new TwinReports(0, 0, 2));
      assertThat(store.mergePiracyTwins()).isEqualTo(new TwinReports(0, 0, 0));
      assertThat(rows(store, TWINS)).isEqualTo(first);
      assertThat(rows(store, "SELECT count(*) FROM events")).containsExactly("8");
      assertThat(rows(store, "SELECT count(*) FROM piracy_twins")).containsExactly("2");
    }
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      ingest(store, asam());
      ingest(store, imb());
      assertThat(store.mergePiracyTwins()).isEqualTo(new TwinReports(2, 0, 0));
      assertThat(rows(store, TWINS)).isEqualTo(first);
    }
  }

  @Test
  void filesReadAgainReplaceTheirReportsAndTheTwinsAreMergedAsInANewStore() throws Exception {
    List<String> twins;
    List<String> events;
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      ingest(store, imb());
      ingest(store, asam());
      store.mergePiracyTwins();
      twins = rows(store, TWINS);
      events = rows(store, EVENTS);
    }
    for (List<String> again : List.of(List.of("imb"), List.of("asam"), List.of("imb", "asam"))) {
      try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
        ingest(store, imb());
        ingest(store, asam());
        store.mergePiracyTwins();
        // what an earlier reader left in the rows of the files read again: other vessel names,
        // in the events and in the reports merged out of them
        String theirs =
            " WHERE "
                + String.join(
                    " OR ", again.stream().map(f -> "native_id LIKE '" + f + ":%'").toList());
        try (Statement s = store.connection().createStatement()) {
          s.execute("UPDATE events SET tgt_name = 'OLD ' || coalesce(tgt_name, '')" + theirs);
          s.execute("UPDATE piracy_twins SET tgt_name = 'OLD ' || coalesce(tgt_name, '')" + theirs);
        }
        long replaced;
        try (EventStore.Batch batch = store.batch(null, true)) {
          List<EventSource> files = new ArrayList<>();
          for (String name : again) {
            Path f = name.equals("imb") ? imb() : asam();
            files.add(PiracyFiles.open(f, f.getFileName().toString(), null));
          }
          try {
            assertThat(batch.storeAll(files)).allSatisfy(r -> assertThat(r.done()).isTrue());
          } finally {
            for (EventSource f : files) {
              f.close();
            }
          }
          replaced = batch.replaced();
        }
        store.mergePiracyTwins();
        // five reports per file, whether they stayed in the events or were merged out
        assertThat(replaced).as(again.toString()).isEqualTo(5L * again.size());
        assertThat(
                rows(
                    store,
                    "SELECT tgt_name FROM events WHERE tgt_name LIKE 'OLD %' UNION ALL SELECT"
                        + " tgt_name FROM piracy_twins WHERE tgt_name LIKE 'OLD %'"))
            .as("every report of " + again + " read anew")
            .isEmpty();
        assertThat(rows(store, TWINS)).as(again.toString()).isEqualTo(twins);
        assertThat(rows(store, EVENTS)).as(again.toString()).isEqualTo(events);
        assertThat(rows(store, "SELECT count(*) FROM events"))
            .as(again.toString())
            .containsExactly("8");
        assertThat(rows(store, "SELECT count(*) FROM piracy_twins"))
            .as(again.toString())
            .containsExactly("2");
        assertThat(rows(store, "SELECT value FROM watch_state WHERE key = 'ingest_id'"))
            .as("the next watch recomputes every day")
            .containsExactly("0");
      }
    }
  }

  @Test
  void aStoreThatHeldCopiesOfARecordRepeatedFieldForFieldHoldsOneOnceTheFileIsReadAgain()
      throws Exception {
    String unnamed = imb("2001-06-14", 117.9173, 6.404, "Hijacked", "\"NA\"", "\"NA\"");
    Path f =
        write(
            "imb.csv",
            IMB_HEADER,
            unnamed,
            unnamed,
            unnamed,
            imb("2001-06-15", 104.00, 1.20, "Boarded", "Sea Wren", "Bulk Carrier"));
    List<String> fresh;
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      ingest(store, f);
      fresh = rows(store, EVENTS);
    }
    assertThat(fresh).hasSize(2);
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      ingest(store, f);
      // what an ingest before the repeat rule stored: the copies as occurrences #2 and #3, one of
      // them merged out as a repeat
      try (Statement s = store.connection().createStatement()) {
        s.execute(
            "INSERT INTO events SELECT * REPLACE (replace(native_id, '#1', '#2') AS native_id)"
                + " FROM events WHERE event_date = DATE '2001-06-14'");
        s.execute(
            "INSERT INTO piracy_twins BY NAME SELECT * REPLACE (replace(native_id, '#1', '#3') AS"
                + " native_id), native_id AS kept_native_id, 0 AS days_apart, 0.0 AS distance_nm,"
                + " 'old' AS reason, 'repeated in one file' AS twin_rule, 1 AS merged_at_ingest"
                + " FROM events WHERE event_date = DATE '2001-06-14' AND native_id LIKE '%#1'");
      }
      assertThat(rows(store, "SELECT count(*) FROM events")).containsExactly("3");
      long replaced;
      try (EventStore.Batch batch = store.batch(null, true);
          EventSource s = PiracyFiles.open(f, f.getFileName().toString(), null)) {
        assertThat(batch.storeAll(List.of(s))).allSatisfy(r -> assertThat(r.done()).isTrue());
        replaced = batch.replaced();
      }
      store.mergePiracyTwins();
      // both rows read again, and the two copies the file no longer gives
      assertThat(replaced).isEqualTo(4);
      assertThat(rows(store, EVENTS)).isEqualTo(fresh);
      assertThat(rows(store, "SELECT count(*) FROM piracy_twins")).containsExactly("0");
    }
  }

  private static final String EVENTS =
      "SELECT native_id || ' ' || event_date || ' ' || coalesce(tgt_name, '') || ' ' || subtype"
          + " FROM events ORDER BY 1";

  @Test
  void aReportPairsWithAtMostOneReportOfTheOtherFile() throws Exception {
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      ingest(
          store,
          write(
              "imb.csv",
              IMB_HEADER,
              imb("2020-05-01", 104.00, 1.20, "Boarded", "NA", "Bulk Carrier"),
              imb("2020-05-01", 104.01, 1.20, "Boarded", "NA", "Bulk Carrier"),
              imb("2020-05-01", 104.02, 1.20, "Boarded", "NA", "Bulk Carrier")));
      ingest(
          store,
          write(
              "asam.csv",
              ASAM_HEADER,
              asam(
                  "2020-9",
                  "2020-05-01",
                  dms("1°12'00", "104°00'36"),
                  "BULK CARRIER",
                  "Robbers boarded.")));
      assertThat(store.mergePiracyTwins()).isEqualTo(new TwinReports(1, 0, 0));
      assertThat(rows(store, "SELECT count(*) FROM events")).containsExactly("3");
    }
  }

  @Test
  void theNextWatchRecomputesTheDayOfAReportMergedOutOfAnEarlierIngest() throws Exception {
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      ingest(store, imb());
      long watched =
          rows(store, "SELECT max(ingest_id) FROM events").stream()
              .mapToLong(Long::parseLong)
              .sum();
      ingest(store, asam());
      store.mergePiracyTwins();
      SignalSeries series = new SignalSeries(store.connection());
      series.markAffectedDays(watched);
      // IMB's "Boarded" of 12 March was counted by the watch after the first ingest; it has moved
      // out behind ASAM's kidnapping of the 13th, so the 12th must be counted again
      assertThat(rows(store, "SELECT CAST(day AS VARCHAR) FROM affected_days ORDER BY 1"))
          .contains("2020-03-12", "2020-03-13");
    }
  }

  private static final String ROBBERY =
      "INDONESIA: On 10 May at 0230 local time, four robbers armed with long knives boarded an"
          + " anchored ship near Batu Ampar anchorage, stole engine spares and escaped when the duty"
          + " crew raised the alarm.";

  @Test
  void aReportRepeatedInOneFileCountsOnceAndItsTwinSaysWhichRule() throws Exception {
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      ingest(
          store,
          write(
              "imb.csv",
              IMB_HEADER,
              // the same record copied with the date a day on
              imb("2020-05-10", 104.00, 1.20, "Boarded", "Sea Wren", "Bulk Carrier"),
              imb("2020-05-11", 104.00, 1.20, "Boarded", "Sea Wren", "Bulk Carrier")));
      ingest(
          store,
          write(
              "asam.csv",
              ASAM_HEADER,
              // ASAM publishes the incident twice, the second time with its own wording around
              // the same particulars; a third report the same night is another ship's
              asam(
                  "2020-20", "2020-05-10", dms("0°30'00", "105°00'00"), "MERCHANT VESSEL", ROBBERY),
              asam(
                  "2020-21",
                  "2020-05-10",
                  dms("0°30'30", "105°00'00"),
                  "MERCHANT VESSEL",
                  "UPDATE. " + ROBBERY + " Port authorities were informed."),
              asam(
                  "2020-22",
                  "2020-05-10",
                  dms("0°30'00", "105°00'30"),
                  "MERCHANT VESSEL",
                  "INDONESIA: On 10 May at 0415 local time, two robbers boarded an anchored tanker"
                      + " near Batu Ampar anchorage and stole mooring ropes before escaping in"
                      + " their boat.")));
      assertThat(store.mergePiracyTwins()).isEqualTo(new TwinReports(0, 2, 0));
      assertThat(
              rows(
                  store,
                  "SELECT native_id || ' -> ' || kept_native_id || ': ' || twin_rule || '; '"
                      + " || reason FROM piracy_twins ORDER BY 1"))
          .containsExactly(
              "asam:2020-21 -> asam:2020-20: repeated in one file; one incident reported again in"
                  + " the ASAM file: boarding and boarding, 0 day(s) and 0.5 nm apart, the same"
                  + " narrative",
              "imb:2020-05-11:"
                  + rows(
                          store,
                          "SELECT split_part(native_id, ':', 3) FROM piracy_twins WHERE native_id"
                              + " LIKE 'imb:%'")
                      .get(0)
                  + " -> "
                  + rows(store, "SELECT native_id FROM events WHERE native_id LIKE 'imb:%'").get(0)
                  + ": repeated in one file; one incident reported again in the IMB file: boarding"
                  + " and boarding, 1 day(s) and 0.0 nm apart, the same vessel named");
      // every record is accounted for, and ingesting again stores no duplicate
      assertThat(rows(store, "SELECT count(*) FROM events")).containsExactly("3");
      ingest(
          store,
          write(
              "asam2.csv",
              ASAM_HEADER,
              asam(
                  "2020-21",
                  "2020-05-10",
                  dms("0°30'30", "105°00'00"),
                  "MERCHANT VESSEL",
                  "UPDATE. " + ROBBERY + " Port authorities were informed.")));
      assertThat(store.mergePiracyTwins()).isEqualTo(new TwinReports(0, 0, 1));
      assertThat(rows(store, "SELECT count(*) FROM events")).containsExactly("3");
      assertThat(rows(store, "SELECT count(*) FROM piracy_twins")).containsExactly("2");
    }
  }

  @Test
  void oneWordingWithAnotherTimeOrAnotherCountOfAttackersIsAnotherIncident() throws Exception {
    String kidnap =
        "MALAYSIA: On 05 November, at about %s local time, an Indonesian fishing boat captain was"
            + " kidnapped %s in Kertam waters some 15 nautical miles from the river mouth by gunmen"
            + " who took the radios and the GPS set.";
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      ingest(
          store,
          write(
              "asam.csv",
              ASAM_HEADER,
              asam(
                  "2020-30",
                  "2020-11-05",
                  dms("5°42'00", "118°46'00"),
                  "Fishing Vessel",
                  String.format(kidnap, "11:00", "while his boat operated")),
              // the same gang, 45 minutes later, another boat: the narrative names both times
              asam(
                  "2020-31",
                  "2020-11-05",
                  dms("5°42'00", "118°47'00"),
                  "Fishing Vessel",
                  String.format(
                      kidnap, "11:45", "by the same group that attacked another boat at 11:00")),
              // the same words, but five robbers where the first report counts four
              asam("2020-32", "2020-05-10", dms("0°30'00", "105°00'00"), "TANKER", ROBBERY),
              asam(
                  "2020-33",
                  "2020-05-10",
                  dms("0°30'00", "105°00'00"),
                  "TANKER",
                  ROBBERY.replace("four robbers", "five robbers"))));
      assertThat(store.mergePiracyTwins()).isEqualTo(new TwinReports(0, 0, 0));
    }
  }

  @Test
  void aMisspeltNameOrAKindLabelJoinsButASisterShipsNumberDoesNot() throws Exception {
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      ingest(
          store,
          write(
              "imb.csv",
              IMB_HEADER,
              imb("2020-06-01", 118.00, 18.50, "Boarded", "Peder Most", "General Cargo"),
              imb("2020-06-02", 104.00, 1.20, "Boarded", "Coral 31", "Tug"),
              imb("2020-06-03", 104.50, 1.30, "Boarded", "Sea Voyager", "Tanker")));
      ingest(
          store,
          write(
              "asam.csv",
              ASAM_HEADER,
              asam("2020-40", "2020-06-01", dms("18°30'00", "118°00'00"), "M/V PEDOR MOST", "."),
              asam("2020-41", "2020-06-02", dms("1°12'00", "104°00'00"), "CORAL 32", "."),
              // a misspelt label of what the vessel is names no vessel
              asam("2020-42", "2020-06-03", dms("1°18'00", "104°30'00"), "UNDERWAY TANKR", ".")));
      assertThat(store.mergePiracyTwins()).isEqualTo(new TwinReports(2, 0, 0));
      assertThat(rows(store, TWINS))
          .containsExactly(
              "M/V PEDOR MOST -> Peder Most boarding", "UNDERWAY TANKR -> Sea Voyager boarding");
    }
  }

  @Test
  void reportDatesUpToAWeekApartJoinOnlyWhenBothNameTheSameVessel() throws Exception {
    try (DuckDbEventStore store = DuckDbEventStore.open(null)) {
      ingest(
          store,
          write(
              "imb.csv",
              IMB_HEADER,
              imb("2020-01-25", 119.967, 17.683, "Boarded", "Hans Oldendorff", "Bulk Carrier"),
              imb("2020-02-25", 104.00, 1.20, "Boarded", "NA", "Bulk Carrier")));
      ingest(
          store,
          write(
              "asam.csv",
              ASAM_HEADER,
              asam(
                  "2020-50",
                  "2020-01-21",
                  dms("17°41'00", "119°58'00"),
                  "M/V HANS OLDENDORFF",
                  "Pirates boarded the ship."),
              // four days from an unnamed bulk carrier at the same spot: nothing says it is one
              asam(
                  "2020-51",
                  "2020-02-21",
                  dms("1°12'00", "104°00'00"),
                  "BULK CARRIER",
                  "Robbers boarded a bulk carrier.")));
      assertThat(store.mergePiracyTwins()).isEqualTo(new TwinReports(1, 0, 0));
      assertThat(rows(store, "SELECT tgt_name || ' ' || days_apart FROM piracy_twins"))
          .containsExactly("M/V HANS OLDENDORFF 4");
      assertThat(rows(store, "SELECT count(*) FROM events")).containsExactly("3");
    }
  }
}
