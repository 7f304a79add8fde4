package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.amity.app.web.SignalFixtures;
import org.amity.store.duckdb.DuckDbEventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Non-attribution on the command line: planted participant names appear only with {@code
 * --participants}, never in {@code track2 list} (text or JSON), timelines or the gap.
 */
class Track2CommandTest {
  static final String[] PLANTED = {"Zaraphine Quillbottom", "Oswaldo Vantablack"};

  @TempDir Path dir;
  private String db;

  @BeforeEach
  void store() throws Exception {
    db = dir.resolve("t.duckdb").toString();
    try (DuckDbEventStore s = DuckDbEventStore.open(Path.of(db))) {
      SignalFixtures.insert(s.connection());
    }
    Cli.Run link =
        Cli.run(
            "timeline",
            "add",
            "--db",
            db,
            "--situation",
            "2",
            "--kind",
            "consultation",
            "--date",
            "2014-05-20",
            "--track",
            "1",
            "--body",
            "asean-fmm");
    assertThat(link.exit()).as(link.err()).isZero();
    Path f = dir.resolve("m.json");
    Files.writeString(
        f,
        "{\"date\":\"2014-05-15\",\"title\":\"Maritime confidence-building study group\","
            + "\"organisers\":[\"a regional think-tank network\"],\"participantCount\":12,"
            + "\"affiliations\":{\"academic\":7,\"official in a private capacity\":5},"
            + "\"findings\":[\"fishers bear the cost of every standoff\"],"
            + "\"recommendations\":[{\"text\":\"a fisheries hotline\",\"status\":\"discussed\","
            + "\"linkedEntries\":[1]}],"
            + "\"participants\":[\""
            + PLANTED[0]
            + "\",\""
            + PLANTED[1]
            + "\"]}");
    Cli.Run add = Cli.run("track2", "add", "--db", db, f.toString());
    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(add.out() + add.err()).doesNotContain(PLANTED[0]).doesNotContain(PLANTED[1]);
  }

  @Test
  void noListTimelineOrGapOutputNamesAParticipant() {
    String all =
        Cli.run("track2", "list", "--db", db, "--json").out()
            + Cli.run("track2", "list", "--db", db).out()
            + Cli.run("timeline", "--db", db, "--situation", "2", "--json").out()
            + Cli.run("gap", "--db", db, "--json").out();
    assertThat(all).contains("fishers bear the cost").contains("\"participantCount\" : 12");
    for (String name : PLANTED) {
      assertThat(all).doesNotContain(name).doesNotContain(name.split(" ")[1]);
    }
  }

  @Test
  void theConvenorsListingHasTheNamesAndTheLinkedEntry() {
    String out = Cli.run("track2", "list", "--db", db, "--participants").out();
    assertThat(out).contains(PLANTED[0]).contains("linked to entries [1]");
  }

  @Test
  void aLinkToAnEntryThatIsNotStoredIsRefusedAndNothingIsStored() throws Exception {
    Path f = dir.resolve("bad.json");
    Files.writeString(
        f,
        "{\"date\":\"2014-06-01\",\"title\":\"x\",\"participantCount\":3,"
            + "\"recommendations\":[{\"text\":\"t\",\"status\":\"submitted\",\"linkedEntries\":[99]}]}");
    Cli.Run r = Cli.run("track2", "add", "--db", db, f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("entry 99, which is not stored");
    assertThat(Cli.run("track2", "list", "--db", db).out())
        .doesNotContain("2014-06-01")
        .contains("#1 ");
  }

  @Test
  void aMeetingGivenByOptionsIsStoredAndItsNamesAreNotPrinted() {
    Cli.Run r =
        Cli.run(
            "track2",
            "add",
            "--db",
            db,
            "--meeting",
            "Haze and health workshop",
            "--date",
            "2015-10-02",
            "--organiser",
            "a university network",
            "--affiliation",
            "academic=4",
            "--affiliation",
            "think-tank=2",
            "--finding",
            "clinics lack masks",
            "--recommendation",
            "a shared air-quality alert",
            "--name",
            PLANTED[0],
            "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("\"participantCount\" : 6")
        .contains("a shared air-quality alert")
        .doesNotContain(PLANTED[0]);
    Cli.Run bad = Cli.run("track2", "add", "--db", db, "--meeting", "no date");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--meeting needs --date");
  }

  @Test
  void aRecommendationsStatusChangesAreKeptAsHistoryAndItLinksToTrackOne() {
    Cli.Run st =
        Cli.run(
            "track2",
            "status",
            "--db",
            db,
            "--recommendation",
            "2",
            "--status",
            "adopted",
            "--date",
            "2014-08-10",
            "--note",
            "taken up by the ministers",
            "--author",
            "ana");
    assertThat(st.exit()).as(st.err()).isZero();
    assertThat(st.out()).contains("recommendation #2 is adopted");
    Cli.Run wrong =
        Cli.run("track2", "status", "--db", db, "--recommendation", "2", "--status", "won");
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err()).contains("submitted, discussed, adopted or declined");
    Cli.Run missing =
        Cli.run("track2", "link", "--db", db, "--recommendation", "2", "--entry", "77");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("entry 77, which is not stored");
    String json = Cli.run("track2", "list", "--db", db, "--json").out();
    assertThat(json)
        .contains("\"status\" : \"adopted\"")
        .contains("\"status\" : \"discussed\"")
        .contains("taken up by the ministers")
        .contains("\"recordedBy\" : \"ana\"");
    String text = Cli.run("track2", "list", "--db", db).out();
    assertThat(text).contains("adopted on 2014-08-10, recorded by ana");
    for (String name : PLANTED) {
      assertThat(json + text + st.out()).doesNotContain(name);
    }
  }
}
