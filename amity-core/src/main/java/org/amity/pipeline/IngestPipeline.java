package org.amity.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.ingest.FormatDetector;
import org.amity.ingest.RegionFilter;
import org.amity.store.EventStore;
import org.amity.store.IngestResult;

/**
 * Ingests files one after the other, each in its own transaction. A file that cannot be read is
 * reported as failed and the next one is taken: one bad file never stops a batch.
 */
public final class IngestPipeline {
  /** Follows the progress of each file. */
  public interface Progress {
    /** Called before a file is read, with its size in bytes. */
    default void starting(Path file, long sizeBytes) {}

    /** Called about every tenth of a second while a file is read, with raw bytes read so far. */
    default void reading(Path file, long bytesRead) {}

    /** Called when a file is done or has failed. */
    default void finished(Path file, IngestResult result) {}
  }

  private final EventStore store;
  private final Set<Format> accepted;
  private final RegionFilter region;
  private final Progress progress;

  /**
   * @param accepted the formats this ingest takes (a file detected as another fails)
   * @param region events to keep, or null for all
   */
  public IngestPipeline(
      EventStore store, Set<Format> accepted, RegionFilter region, Progress progress) {
    this.store = store;
    this.accepted = Set.copyOf(accepted);
    this.region = region;
    this.progress = progress == null ? new Progress() {} : progress;
  }

  /** Expands directories (recursively, sorted) and ingests every file. */
  public List<IngestResult> run(List<Path> inputs) {
    List<IngestResult> results = new ArrayList<>();
    for (Path file : expand(inputs)) {
      results.add(ingest(file));
    }
    return results;
  }

  /** The files named, with directories replaced by the regular files under them. */
  public static List<Path> expand(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new IllegalArgumentException("cannot list directory " + p + ": " + e.getMessage());
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  /** Ingests one file; never throws for a bad file. */
  public IngestResult ingest(Path file) {
    String name = file.toString();
    String family = accepted.iterator().next().dataset();
    if (!Files.isRegularFile(file)) {
      return done(file, IngestResult.failed(name, family, "?", name + ": no such file"));
    }
    Format format;
    try {
      format = FormatDetector.detect(file);
    } catch (IOException e) {
      return done(file, IngestResult.failed(name, family, "?", message(file, e)));
    }
    if (!accepted.contains(format)) {
      return done(
          file,
          IngestResult.failed(
              name,
              family,
              format.name(),
              name + ": looks like a " + format.dataset() + " file, expected " + family));
    }
    try (FileScan scan = FileScan.open(file, name, format, region)) {
      progress.starting(file, scan.sizeBytes());
      Thread watcher = watch(file, scan);
      IngestResult result;
      try {
        result = store.ingest(scan, region == null ? null : region.name());
      } finally {
        watcher.interrupt();
      }
      return done(file, result);
    } catch (IOException e) {
      return done(file, IngestResult.failed(name, family, format.name(), message(file, e)));
    }
  }

  private IngestResult done(Path file, IngestResult result) {
    progress.finished(file, result);
    return result;
  }

  private Thread watch(Path file, FileScan scan) {
    Thread t =
        new Thread(
            () -> {
              try {
                while (!Thread.currentThread().isInterrupted()) {
                  progress.reading(file, scan.rawBytesRead());
                  Thread.sleep(100);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "amity-progress");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static String message(Path file, IOException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    return m.startsWith(file.toString()) ? m : file + ": " + m;
  }
}
