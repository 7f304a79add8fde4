package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.amity.event.Event;
import org.amity.store.EventQuery;
import org.amity.store.duckdb.DuckDbEventStore;
import org.amity.testing.IcewsRows;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ICEWS file dropped into the service's landing folder gives the events {@code amity ingest
 * icews} gives it: a named office holder takes the state role he held that day from the shared
 * data's list, as on the command line (one reader, one rule, whichever way the file came in).
 */
class LandingOfficeHoldersIT {
  @TempDir Path dir;

  @Test
  void aLandedIcewsFileGivesANamedOfficeHolderTheRoleTheCommandLineGivesHim() throws Exception {
    // the list the service finds by itself is the shared data's, as for `amity ingest icews`
    TestData.file("petrarch2-dictionaries/Phoenix.Countries.actors.txt");
    Path file =
        Files.write(dir.resolve("modi.tab"), List.of(IcewsRows.HEADER, IcewsRows.MODI_VISITS));
    Cli.Run cli =
        Cli.run("ingest", "icews", "--db", dir.resolve("cli.duckdb").toString(), file.toString());
    assertThat(cli.exit()).as(cli.err()).isZero();

    Path landing = Files.createDirectories(dir.resolve("landing"));
    Path db = dir.resolve("service.duckdb");
    try (ServiceProcess service = ServiceProcess.start(db, "--landing", landing.toString())) {
      Path part = landing.resolve("modi.tab.part");
      Files.write(part, List.of(IcewsRows.HEADER, IcewsRows.MODI_VISITS), StandardCharsets.UTF_8);
      Files.move(part, landing.resolve("modi.tab"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.exists(landing.resolve("done/modi.tab")) && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(landing.resolve("done/modi.tab")).exists();
      service.stop();
    }
    Event landed = only(db);
    Event typed = only(dir.resolve("cli.duckdb"));
    assertThat(landed.source().code()).isEqualTo("INDGOV");
    assertThat(landed.source()).isEqualTo(typed.source());
    assertThat(landed.source().name()).isEqualTo("Narendra Modi");
  }

  private static Event only(Path db) {
    List<Event> events = new ArrayList<>();
    try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
      store.forEachEvent(EventQuery.all(), events::add);
    }
    assertThat(events).hasSize(1);
    return events.get(0);
  }
}
