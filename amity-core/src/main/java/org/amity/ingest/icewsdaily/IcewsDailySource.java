package org.amity.ingest.icewsdaily;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.amity.event.Actor;
import org.amity.event.ActorRoles;
import org.amity.event.CameoEntry;
import org.amity.event.CameoTexts;
import org.amity.event.CountryTable;
import org.amity.event.Event;
import org.amity.event.GeoPrecision;
import org.amity.event.Location;
import org.amity.ingest.RowException;
import org.amity.ingest.csv.ContentIds;
import org.amity.ingest.csv.CsvFiles;
import org.amity.ingest.csv.CsvRecordSource;
import org.amity.ingest.csv.CsvRow;

/**
 * Reads the decoded ICEWS daily files (temporal-knowledge-graph benchmark splits turned back into
 * names): one event per row, event text mapped to its CAMEO code through {@link CameoTexts}, with
 * Goldstein and QuadClass from the codebook (a text with an ICEWS-only code, "Reject judicial
 * cooperation", as that code's CAMEO parent).
 *
 * <p>The benchmark's integer ids are not ICEWS event ids and differ between benchmarks, so the
 * native id is built from content: the date, a hash of (source, event text, target) and the
 * occurrence number of that triple on that date in the file ({@code 2014-05-22:1f0c...#2}). Reading
 * the same file again gives the same ids, so it adds nothing; two identical rows in the source stay
 * two events.
 *
 * <p>The files carry no place. When both actors belong to the same country, that country is where
 * the event most likely happened and is set as the action country (precision NONE: no place is
 * known); otherwise the action location is unknown.
 */
public final class IcewsDailySource extends CsvRecordSource {
  public static final String DATASET = org.amity.event.Dataset.ICEWS_DAILY.id();
  public static final String FORMAT = "ICEWS_DAILY";
  static final List<String> HEADER =
      List.of(
          "date",
          "source",
          "event_text",
          "target",
          "source_country",
          "target_country",
          "source_id",
          "relation_id",
          "target_id",
          "time_id");
  private static final List<String> IDS =
      List.of("source_id", "relation_id", "target_id", "time_id");

  private final CameoTexts texts = CameoTexts.standard();
  private final IcewsDailyActors actors =
      new IcewsDailyActors(CountryTable.standard(), ActorRoles.standard());
  private final ContentIds ids = new ContentIds();
  private final LongAdder parentCoded;

  private IcewsDailySource(
      Path path, String displayName, Predicate<Event> filter, LongAdder parentCoded)
      throws IOException {
    super(path, displayName, DATASET, FORMAT, filter, HEADER);
    this.parentCoded = parentCoded;
  }

  /** Opens a file after checking its header is the ICEWS daily one. */
  public static IcewsDailySource open(Path path, String displayName, Predicate<Event> filter)
      throws IOException {
    return open(path, displayName, filter, null);
  }

  /**
   * Opens a file as {@link #open(Path, String, Predicate)} and counts in {@code parentCoded} (null:
   * not counted) the rows whose event text has an ICEWS-only code and so is read as that code's
   * CAMEO parent ({@link CameoTexts#extensionCode}).
   */
  public static IcewsDailySource open(
      Path path, String displayName, Predicate<Event> filter, LongAdder parentCoded)
      throws IOException {
    CsvFiles.requireHeader(path, displayName, HEADER, "a decoded ICEWS daily file");
    return new IcewsDailySource(path, displayName, filter, parentCoded);
  }

  @Override
  protected Event parse(CsvRow row, long line) throws RowException {
    LocalDate date = row.date("date");
    String text = row.required("event_text");
    CameoEntry entry =
        texts
            .find(text)
            .orElseThrow(() -> new RowException("unknown CAMEO event text " + CsvRow.quote(text)));
    if (parentCoded != null && texts.extensionCode(text).isPresent()) {
      parentCoded.increment();
    }
    String sourceName = row.required("source");
    String targetName = row.required("target");
    for (String id : IDS) {
      row.count(id);
    }
    Actor source = actors.actor(sourceName, row.optional("source_country"));
    Actor target = actors.actor(targetName, row.optional("target_country"));
    Location action =
        source.country() != null && Objects.equals(source.country(), target.country())
            ? new Location(
                source.country(), null, Double.NaN, Double.NaN, GeoPrecision.NONE, null, null)
            : Location.UNKNOWN;
    return new Event(
        DATASET,
        ids.next(date + ":", sourceName, text.toLowerCase(Locale.ROOT), targetName),
        date,
        null,
        source,
        target,
        entry.code(),
        false,
        entry.quadClass(),
        entry.goldstein(),
        1,
        1,
        1,
        Double.NaN,
        action,
        null);
  }
}
