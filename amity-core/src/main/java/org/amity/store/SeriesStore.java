package org.amity.store;

import java.nio.file.Path;
import org.amity.ingest.series.SeriesFile;

/**
 * Where imported aggregate series go. Each file goes in as one transaction: its points, its rejects
 * and its ingest-log entry, or nothing.
 */
public interface SeriesStore {
  /**
   * Stores a file's points under its source ({@code import:<file name>}), replacing what that
   * source held; content already stored counts as duplicates and changes nothing. Never throws for
   * a database error: the result is FAILED and nothing is stored.
   */
  default IngestResult store(SeriesFile file) {
    return store(file, org.amity.ingest.series.SeriesMeta.NONE);
  }

  /**
   * The same, and records what the series is about when {@code meta} declares anything (in the same
   * transaction); a file imported again without a declaration keeps its earlier one.
   */
  IngestResult store(SeriesFile file, org.amity.ingest.series.SeriesMeta meta);

  /** Records a file that could not be read, and returns its FAILED result. */
  IngestResult failed(String displayName, Path path, String format, String message);
}
