package org.amity.ingest.maritime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.amity.event.Event;
import org.amity.ingest.EventSource;
import org.amity.ingest.csv.CsvFiles;

/**
 * Opens a maritime incident file with the reader its header calls for: the IMB "Crime at Sea"
 * layout or the NGA ASAM layout. Any other header fails with a message naming both.
 */
public final class PiracyFiles {
  /** The dataset every maritime incident is stored under. */
  public static final String DATASET = Incident.DATASET;

  private PiracyFiles() {}

  public static EventSource open(Path file, String displayName, Predicate<Event> filter)
      throws IOException {
    var header = CsvFiles.header(file);
    if (header.equals(ImbSource.HEADER)) {
      return new ImbSource(file, displayName, filter);
    }
    if (header.equals(AsamSource.HEADER)) {
      return new AsamSource(file, displayName, filter);
    }
    throw new IOException(
        displayName
            + ": not a maritime incident file: the header is neither IMB Crime at Sea ("
            + String.join(",", ImbSource.HEADER.subList(0, 5))
            + ",...) nor NGA ASAM ("
            + String.join(",", AsamSource.HEADER.subList(0, 5))
            + ",...)");
  }
}
