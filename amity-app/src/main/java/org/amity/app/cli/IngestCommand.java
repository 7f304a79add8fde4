package org.amity.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.amity.event.CountryTable;
import org.amity.ingest.Format;
import org.amity.ingest.OfficeHolders;
import org.amity.ingest.RegionFilter;
import org.amity.pipeline.IngestPipeline;
import org.amity.storage.Storage;
import org.amity.store.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code amity ingest gdelt|icews|icews-daily|piracy|series|text|acled|ucdp-ged|polecat ...}. */
@Command(
    name = "ingest",
    description = "Load event files into the store.",
    mixinStandardHelpOptions = true,
    subcommands = {
      IngestCommand.Gdelt.class,
      IngestCommand.Icews.class,
      IngestIcewsDailyCommand.class,
      IngestPiracyCommand.class,
      IngestSeriesCommand.class,
      IngestTextCommand.class,
      IngestConflictCommands.Acled.class,
      IngestConflictCommands.UcdpGed.class,
      IngestConflictCommands.Polecat.class
    })
final class IngestCommand {

  /** Options common to every ingest. */
  static class Common {
    @Mixin StoreOptions store;

    @Option(names = "--json", description = "Print one JSON object with the totals.")
    boolean json;

    @Option(
        names = "--region",
        paramLabel = "REGION",
        description =
            "Keep only events touching these countries: 'asean' (members incl. Timor-Leste) or"
                + " ISO3 codes such as PHL,VNM.")
    String region;

    @Option(
        names = {"-q", "--quiet"},
        description = "No progress or per-file lines on stderr.")
    boolean quiet;

    /** Whether the files replace what is stored from them (see {@link ReplaceOption}). */
    boolean replace() {
      return false;
    }

    int ingest(List<Path> files, IngestPipeline.Opener opener) {
      RegionFilter filter =
          region == null ? null : RegionFilter.parse(region, CountryTable.standard());
      try (Storage s = store.open()) {
        IngestPipeline pipeline =
            new IngestPipeline(s.events(), filter, new FileProgress(System.err, quiet || json))
                .replacing(replace());
        List<IngestResult> results = pipeline.run(files, opener);
        Map<String, Object> extra = new LinkedHashMap<>();
        boolean replace = replace();
        if (replace) {
          extra.put("replaced", pipeline.replaced());
        }
        extra.putAll(afterIngest(s));
        report(results, extra);
        if (replace && !json) {
          System.out.printf(
              Locale.ROOT,
              "replaced %,d stored row(s) by the files' rows as this version reads them%s%n",
              pipeline.replaced(),
              pipeline.replaced() > 0 ? "; the next watch recomputes every series" : "");
        }
        return results.stream().noneMatch(IngestResult::failed) ? 0 : 1;
      }
    }

    /**
     * Work on the store once the files are in (none by default); what it returns is added to the
     * JSON totals.
     */
    Map<String, Object> afterIngest(Storage s) {
      return Map.of();
    }

    void report(List<IngestResult> results) {
      report(results, Map.of());
    }

    /** The totals, with {@code extra} entries added to the JSON object. */
    void report(List<IngestResult> results, Map<String, Object> extra) {
      long lines = 0;
      long accepted = 0;
      long rejected = 0;
      long duplicates = 0;
      long filtered = 0;
      long events = 0;
      int failed = 0;
      int skipped = 0;
      for (IngestResult r : results) {
        lines += r.lines();
        accepted += r.accepted();
        rejected += r.rejected();
        duplicates += r.duplicates();
        filtered += r.filtered();
        events += r.events();
        if (r.failed()) {
          failed++;
        } else if (r.skipped()) {
          skipped++;
        }
      }
      if (json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("files", results.size());
        // "lines" counts records, as the ingest log does (docs/cli.md; the name is kept for
        // scripts that read it)
        out.put("lines", lines);
        out.put("accepted", accepted);
        out.put("rejected", rejected);
        out.put("duplicates", duplicates);
        out.put("filtered", filtered);
        out.put("events", events);
        out.put("failed", failed);
        out.put("skipped", skipped);
        out.putAll(extra);
        out.put("results", results);
        System.out.println(Json.write(out));
      } else {
        System.out.printf(
            Locale.ROOT,
            "%d file(s)%s%s: %,d records, %,d accepted, %,d rejected, %,d duplicates, %,d filtered%s%n",
            results.size(),
            failed > 0 ? " (" + failed + " failed)" : "",
            skipped > 0 ? " (" + skipped + " skipped)" : "",
            lines,
            accepted,
            rejected,
            duplicates,
            filtered,
            events != accepted ? String.format(Locale.ROOT, "; %,d events stored", events) : "");
        for (IngestResult r : results) {
          if (r.failed()) {
            System.out.println("failed: " + r.message());
          } else if (r.skipped()) {
            System.out.println("skipped: " + r.file() + ": " + r.message());
          }
        }
      }
    }
  }

  /**
   * An ingest of files or folders of one record format: the subcommand names only its reader's
   * opener.
   */
  abstract static class RecordFormat extends Common implements Callable<Integer> {
    @Mixin ReplaceOption replaceOption = new ReplaceOption();

    @Override
    boolean replace() {
      return replaceOption.on;
    }

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Files or directories.")
    List<Path> files;

    /** Opens one file with this format's reader. */
    abstract IngestPipeline.Opener opener();

    @Override
    public Integer call() {
      return ingest(files, opener());
    }
  }

  @Command(
      name = "gdelt",
      mixinStandardHelpOptions = true,
      description = {
        "Load GDELT event files: 1.0 daily (57/58 columns) or 2.0 (61 columns), detected per"
            + " file; plain, .gz or .zip.",
        "With --from/--to or --follow, download GDELT 2.0 15-minute export archives instead."
      })
  static final class Gdelt extends Common implements Callable<Integer> {
    @Mixin ReplaceOption replaceOption = new ReplaceOption();

    @Override
    boolean replace() {
      return replaceOption.on;
    }

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "Files or directories.")
    List<Path> files = List.of();

    @Option(
        names = "--from",
        paramLabel = "TIME",
        description = "Download archives from this UTC time (2016-10-13T15:00 or 2016-10-13).")
    String from;

    @Option(
        names = "--to",
        paramLabel = "TIME",
        description = "...up to this UTC time, inclusive (default: now).")
    String to;

    @Option(names = "--follow", description = "Keep polling for new archives.")
    boolean follow;

    @Option(
        names = "--base-url",
        defaultValue = "http://data.gdeltproject.org/gdeltv2/",
        description = "Where GDELT 2.0 files and indexes are (default ${DEFAULT-VALUE}).")
    java.net.URI baseUrl;

    @Option(
        names = "--cache",
        paramLabel = "DIR",
        description = "Downloaded archives (default: gdelt-cache beside the database).")
    Path cache;

    @Option(
        names = "--poll-minutes",
        defaultValue = "15",
        description = "Minutes between polls with --follow (default ${DEFAULT-VALUE}).")
    double pollMinutes;

    @Option(
        names = "--retries",
        defaultValue = "5",
        description = "Attempts per download, with exponential backoff (default ${DEFAULT-VALUE}).")
    int retries;

    @Override
    public Integer call() throws Exception {
      boolean feed = from != null || to != null || follow;
      if (feed == !files.isEmpty()) {
        throw new IllegalArgumentException(
            "give either files/directories, or --from/--to/--follow to download archives");
      }
      if (!feed) {
        return ingest(files, IngestPipeline.formats(Set.of(Format.GDELT1, Format.GDELT2)));
      }
      if (replace()) {
        throw new IllegalArgumentException(
            "--replace reads again the files given; it does not go with --from/--to/--follow");
      }
      if (!follow && from == null) {
        throw new IllegalArgumentException("--to needs --from");
      }
      if (pollMinutes <= 0 || retries < 1) {
        throw new IllegalArgumentException("--poll-minutes must be positive, --retries at least 1");
      }
      return new FeedRun(this)
          .run(
              from == null ? null : FeedRun.time(from, "--from"),
              to == null ? null : FeedRun.time(to, "--to"));
    }
  }

  @Command(
      name = "icews",
      mixinStandardHelpOptions = true,
      description = "Load ICEWS coded event files (.tab with a header line; plain, .gz or .zip).")
  static final class Icews extends RecordFormat {
    @Mixin OfficeHolderOptions officeHolderOptions = new OfficeHolderOptions();

    private OfficeHolders officeHolders;

    @Override
    public Integer call() {
      try {
        officeHolders = officeHolderOptions.load(System.err, quiet || json);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot read the office-holder dictionary", e);
      }
      int code = super.call();
      String line = OfficeHolderOptions.line(officeHolders);
      if (line != null && !json) {
        System.out.println(line);
      }
      return code;
    }

    @Override
    Map<String, Object> afterIngest(Storage s) {
      return OfficeHolderOptions.report(officeHolders);
    }

    @Override
    IngestPipeline.Opener opener() {
      return IngestPipeline.formats(Set.of(Format.ICEWS), officeHolders);
    }
  }

  /** {@code --replace}: for the ingests that read files, not for text or series imports. */
  static final class ReplaceOption {
    @Option(
        names = "--replace",
        description =
            "Rows already stored from these files are replaced by the rows as this version reads"
                + " them (matched by dataset and record id), instead of counting as duplicates:"
                + " for a store filled by an earlier version, after a fix of a reader. Other rows"
                + " are not touched; the next watch recomputes every series.")
    boolean on;
  }
}
