package org.amity.flink.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.amity.event.CountryTable;
import org.amity.ingest.OfficeHolders;

/**
 * The office-holder lists the readers of one task manager use, each file read once per JVM (the
 * readers of every file and every Kafka partition share it; {@link OfficeHolders} is safe for
 * several threads). The job carries the list's path, not its contents: like the input files, the
 * list must be reachable at that path on every task manager.
 */
final class OfficeHolderLists {
  private static final ConcurrentMap<String, OfficeHolders> READ = new ConcurrentHashMap<>();

  private OfficeHolderLists() {}

  /**
   * The list read from {@code path}, or null when {@code path} is null (none: the rows as they
   * are).
   *
   * @throws IOException when the file cannot be read, with its path
   */
  static OfficeHolders get(String path) throws IOException {
    if (path == null) {
      return null;
    }
    try {
      return READ.computeIfAbsent(
          path,
          p -> {
            try {
              return OfficeHolders.read(Path.of(p), CountryTable.standard());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw new IOException("cannot read the office-holder list " + path, e.getCause());
    }
  }
}
