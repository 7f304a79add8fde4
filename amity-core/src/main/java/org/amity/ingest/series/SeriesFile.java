package org.amity.ingest.series;

import java.nio.file.Path;
import java.util.List;
import org.amity.ingest.RejectLog;

/**
 * An aggregate series file read in full and checked, ready to be stored in one transaction.
 *
 * @param displayName the name as given by the user
 * @param path the file
 * @param format the layout ("ICEWS_DYAD_MONTH")
 * @param sha256 hash of the raw file
 * @param sizeBytes raw size
 * @param lines data records read (the header not counted)
 * @param accepted records that went into the points
 * @param rejects records that did not, with line and reason
 * @param points every point the file gives, zeros included
 */
public record SeriesFile(
    String displayName,
    Path path,
    String format,
    String sha256,
    long sizeBytes,
    long lines,
    long accepted,
    RejectLog rejects,
    List<SeriesPoint> points) {

  /** The dataset name in the ingest log. */
  public static final String DATASET = "series";

  public SeriesFile {
    points = List.copyOf(points);
  }

  /** The {@code source} the points are stored under: {@code import:} and the file's own name. */
  public String source() {
    return "import:" + path.getFileName();
  }
}
