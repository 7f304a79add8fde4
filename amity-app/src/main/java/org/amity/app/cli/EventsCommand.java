package org.amity.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.amity.app.json.EventJson;
import org.amity.event.CountryTable;
import org.amity.event.Event;
import org.amity.storage.Storage;
import org.amity.store.EventCursor;
import org.amity.store.EventQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity events}: query and export stored events. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "Query stored events and export them as CSV or JSON.")
final class EventsCommand implements Callable<Integer> {
  /** Output formats. */
  enum OutputFormat {
    csv,
    json
  }

  @Mixin StoreOptions store;

  @Option(
      names = "--country",
      paramLabel = "ISO3",
      description = "Events whose source, target or action country this is.")
  String country;

  @Option(names = "--from", paramLabel = "DATE", description = "First event date (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last event date (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--dataset", description = "Only this dataset (gdelt, icews, ...).")
  String dataset;

  @Option(
      names = "--format",
      defaultValue = "csv",
      description = "csv or json (default ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--limit", defaultValue = "0", description = "At most N events (0: all).")
  long limit;

  @Option(names = "--offset", defaultValue = "0", description = "Skip the first N events.")
  long offset;

  @Option(
      names = "--after",
      paramLabel = "CURSOR",
      description =
          "Start right after the page that printed this cursor (with --limit, each full page"
              + " prints the cursor of the next one on stderr); not with --offset.")
  String after;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here, not stdout.")
  Path output;

  @Override
  public Integer call() throws IOException {
    String iso3 = null;
    if (country != null) {
      iso3 = country.trim().toUpperCase(Locale.ROOT);
      if (CountryTable.standard().findByIso3(iso3).isEmpty()) {
        throw new IllegalArgumentException("unknown country code '" + country + "' (use ISO3)");
      }
    }
    EventCursor cursor = null;
    if (after != null) {
      if (offset != 0) {
        throw new IllegalArgumentException("give either --after or --offset, not both");
      }
      cursor = EventCursor.parse(after);
    }
    EventQuery q = new EventQuery(iso3, from, to, dataset, limit, offset, cursor);
    Event[] last = new Event[1];
    try (Storage s = store.open();
        Writer w =
            new BufferedWriter(
                output == null
                    ? new OutputStreamWriter(new KeepOpen(System.out), StandardCharsets.UTF_8)
                    : Files.newBufferedWriter(output, StandardCharsets.UTF_8),
                1 << 16)) {
      long n;
      if (format == OutputFormat.csv) {
        EventJson.csvHeader(w);
        n =
            s.events()
                .forEachEvent(
                    q,
                    e -> {
                      last[0] = e;
                      EventJson.csvRow(w, e);
                    });
      } else {
        JsonGenerator g = Json.MAPPER.getFactory().createGenerator(w);
        g.writeStartArray();
        n =
            s.events()
                .forEachEvent(
                    q,
                    e -> {
                      last[0] = e;
                      EventJson.json(g, e);
                    });
        g.writeEndArray();
        g.flush();
        w.write('\n');
      }
      w.flush();
      if (output != null) {
        System.err.printf(Locale.ROOT, "%,d events written to %s%n", n, output);
      }
      if (limit > 0 && n == limit) {
        System.err.println("next page: --after " + EventCursor.after(last[0]).token());
      }
      return 0;
    }
  }

  /** Standard output must outlive the command (tests run many in one JVM): flush, don't close. */
  private static final class KeepOpen extends java.io.FilterOutputStream {
    KeepOpen(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
