package org.amity.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.amity.event.Event;
import org.amity.ingest.EventSource;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.ingest.FormatDetector;
import org.amity.ingest.OfficeHolders;
import org.amity.ingest.RegionFilter;
import org.amity.store.EventStore;
import org.amity.store.IngestResult;

/**
 * Ingests files one after the other, each all or nothing. Small files are stored in groups, one
 * transaction per group (see {@link EventStore.Batch#storeAll}): per-file commits would otherwise
 * dominate a folder of 15-minute files. A file that cannot be read is reported as failed and the
 * next one is taken: one bad file never stops a batch.
 */
public final class IngestPipeline {
  /** Follows the progress of each file. */
  public interface Progress {
    /** Called before a file is read, with its size in bytes. */
    default void starting(Path file, long sizeBytes) {}

    /** Called about every tenth of a second while a file is read, with raw bytes read so far. */
    default void reading(Path file, long bytesRead) {}

    /** Called when a file has been read; its result may come later, with its batch's commit. */
    default void read(Path file) {}

    /** Called when a file is done or has failed. */
    default void finished(Path file, IngestResult result) {}
  }

  /** Opens one file as a source of events; how depends on the kind of input. */
  public interface Opener {
    /** The dataset this opener produces, for failure reports. */
    String dataset();

    /**
     * Opens the file.
     *
     * @throws IOException with a message naming the file when it is not of the expected kind
     */
    EventSource open(Path file, String displayName, Predicate<Event> filter) throws IOException;
  }

  private final EventStore store;
  private final RegionFilter region;
  private final Progress progress;
  private boolean replace;
  private long replaced;

  /**
   * @param region events to keep, or null for all
   */
  public IngestPipeline(EventStore store, RegionFilter region, Progress progress) {
    this.store = store;
    this.region = region;
    this.progress = progress == null ? new Progress() {} : progress;
  }

  /**
   * Makes the files replace what is stored from them ({@link EventStore#batch(String, boolean)}):
   * for a store whose rows were read by an earlier version, after a fix of a reader.
   */
  public IngestPipeline replacing(boolean on) {
    this.replace = on;
    return this;
  }

  /** Stored rows the last {@link #run} replaced. */
  public long replaced() {
    return replaced;
  }

  /** An opener for line formats (GDELT, ICEWS), detected per file among those accepted. */
  public static Opener formats(Set<Format> accepted) {
    return formats(accepted, null);
  }

  /**
   * An opener for line formats whose readers give named persons the state role they held that day
   * from {@code officeHolders} (ICEWS; null for none).
   */
  public static Opener formats(Set<Format> accepted, OfficeHolders officeHolders) {
    Set<Format> ok = Set.copyOf(accepted);
    String family = ok.iterator().next().dataset();
    return new Opener() {
      @Override
      public String dataset() {
        return family;
      }

      @Override
      public EventSource open(Path file, String name, Predicate<Event> filter) throws IOException {
        Format format = FormatDetector.detect(file);
        if (!ok.contains(format)) {
          throw new IOException(
              name + ": looks like a " + format.dataset() + " file, expected " + family);
        }
        return FileScan.open(file, name, format, filter, officeHolders);
      }
    };
  }

  /**
   * Expands directories (recursively, sorted) and ingests every file; results in file order. Small
   * files are read and stored in groups ({@link FileGroup}), each group in one transaction; a
   * larger one goes alone. Documentation files (see {@link NotEventFiles}) are skipped with the
   * reason.
   */
  public List<IngestResult> run(List<Path> inputs, Opener opener) {
    List<Path> files = expand(inputs);
    IngestResult[] results = new IngestResult[files.size()];
    String regionName = region == null ? null : region.name();
    try (EventStore.Batch batch = store.batch(regionName, replace);
        FileGroup group = new FileGroup(progress)) {
      for (int i = 0; i < files.size(); i++) {
        Path file = files.get(i);
        Optional<String> notEvents = NotEventFiles.reason(file);
        if (notEvents.isPresent()) {
          results[i] =
              done(file, IngestResult.skipped(file.toString(), opener.dataset(), notEvents.get()));
          continue;
        }
        if (!Files.isRegularFile(file)) {
          results[i] = ingest(file, opener);
          continue;
        }
        // a file too large for a group goes alone, unless it replaces: only a group replaces
        if (!replace && sizeOf(file) > store.largestStagedFileBytes()) {
          store(batch, group, results);
          results[i] = ingest(file, opener);
          continue;
        }
        Optional<IngestResult> failed = open(group, i, file, opener);
        if (failed.isPresent()) {
          results[i] = done(file, failed.get());
        }
        if (group.full()) {
          store(batch, group, results);
        }
      }
      store(batch, group, results);
      replaced = batch.replaced();
    }
    return List.of(results);
  }

  /** Opens one file into the group; a file that cannot be opened is logged and its result given. */
  private Optional<IngestResult> open(FileGroup group, int index, Path file, Opener opener) {
    String name = file.toString();
    try {
      group.add(index, file, opener.open(file, name, region));
      return Optional.empty();
    } catch (IOException e) {
      IngestResult failed = IngestResult.failed(name, opener.dataset(), "?", message(file, e));
      store.recordFailure(file, failed, region == null ? null : region.name());
      return Optional.of(failed);
    }
  }

  /** Stores the group through the batch; every file of it gets its result. */
  private void store(EventStore.Batch batch, FileGroup group, IngestResult[] results) {
    for (FileGroup.Outcome o : group.store(batch)) {
      results[o.index()] = done(o.file(), o.result());
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // unreadable: staging it reports why
    }
  }

  /**
   * The files named, with directories replaced by the regular files under them (hidden files and
   * the simulator's {@code truth.json} left out).
   */
  public static List<Path> expand(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              // the simulator's answer key beside its exports is not an event file
              .filter(f -> !f.getFileName().toString().equals(org.amity.simulate.Truth.FILE_NAME))
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
  public IngestResult ingest(Path file, Opener opener) {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      return done(file, IngestResult.failed(name, opener.dataset(), "?", name + ": no such file"));
    }
    try (EventSource source = opener.open(file, name, region)) {
      progress.starting(file, source.sizeBytes());
      Thread watcher = watch(file, source);
      IngestResult result;
      try {
        result = store.ingest(source, region == null ? null : region.name());
      } finally {
        watcher.interrupt();
        progress.read(file);
      }
      return done(file, result);
    } catch (IOException e) {
      // failed whole before any line was read (not an event file, unreadable): logged all the same
      IngestResult failed = IngestResult.failed(name, opener.dataset(), "?", message(file, e));
      store.recordFailure(file, failed, region == null ? null : region.name());
      return done(file, failed);
    }
  }

  private IngestResult done(Path file, IngestResult result) {
    progress.finished(file, result);
    return result;
  }

  private Thread watch(Path file, EventSource source) {
    return FileGroup.everyTenthOfASecond(() -> progress.reading(file, source.rawBytesRead()));
  }

  private static String message(Path file, IOException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    return m.startsWith(file.toString()) ? m : file + ": " + m;
  }
}
