package org.amity.app.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.amity.pipeline.IngestPipeline;
import org.amity.pipeline.NotEventFiles;
import org.amity.store.IngestResult;

/**
 * The landing folder: every complete file that appears in it is ingested, then moved to {@code
 * done/} or to {@code failed/} beside a {@code NAME.reason} file that says why. Documentation
 * dropped there with the data (a README, a PROVENANCE.md: see {@link NotEventFiles}) is not read
 * but moved to {@code skipped/} with its reason, so it neither fails nor waits forever.
 *
 * <p>A writer makes a file complete by renaming it from {@code NAME.part} to {@code NAME} (a rename
 * within one folder is atomic), so a file being written is never read. Hidden files and {@code
 * .part} files are left alone. The file stays in the folder until its transaction has committed: a
 * service killed during an ingest finds it again on restart, and because the store drops events it
 * already holds, a file committed just before the kill is accounted again as duplicates, never
 * stored twice.
 */
public final class LandingFolder implements Job {
  /** Suffix of a file still being written. */
  public static final String PARTIAL = ".part";

  private final Path dir;
  private final IngestPipeline pipeline;
  private final IngestPipeline.Opener opener;
  private final Exclusive exclusive;
  private final Runnable afterIngest;
  private volatile String lastIngest;

  /**
   * @param afterIngest run after a round that stored at least one file (the watch trigger)
   */
  public LandingFolder(
      Path dir,
      IngestPipeline pipeline,
      IngestPipeline.Opener opener,
      Exclusive exclusive,
      Runnable afterIngest) {
    this.dir = dir;
    this.pipeline = pipeline;
    this.opener = opener;
    this.exclusive = exclusive;
    this.afterIngest = afterIngest;
  }

  @Override
  public String name() {
    return "landing";
  }

  /** The folder watched. */
  public Path dir() {
    return dir;
  }

  @Override
  public String run() throws IOException {
    Files.createDirectories(dir.resolve("done"));
    Files.createDirectories(dir.resolve("failed"));
    List<Path> files = complete();
    int done = 0;
    int failed = 0;
    int skipped = 0;
    long accepted = 0;
    for (Path f : files) {
      if (Thread.currentThread().isInterrupted()) {
        break;
      }
      var documentation = NotEventFiles.reason(f);
      if (documentation.isPresent()) {
        skipped++;
        Files.createDirectories(dir.resolve("skipped"));
        writeReason(move(f, dir.resolve("skipped")), documentation.get());
        continue;
      }
      IngestResult r = exclusive.run(() -> pipeline.ingest(f, opener));
      if (r.done()) {
        done++;
        accepted += r.accepted();
        move(f, dir.resolve("done"));
      } else {
        failed++;
        writeReason(move(f, dir.resolve("failed")), r.message());
      }
    }
    if (done > 0) {
      afterIngest.run();
    }
    if (files.isEmpty()) {
      // an empty round keeps the last real outcome in view (the board shows only the last one)
      return lastIngest == null ? "no new file" : "no new file since: " + lastIngest;
    }
    lastIngest =
        String.format(
                Locale.ROOT,
                "%d file(s) ingested (%,d events), %d failed (see %s)",
                done,
                accepted,
                failed,
                dir.resolve("failed"))
            + (skipped == 0
                ? ""
                : String.format(
                    Locale.ROOT,
                    ", %d skipped as documentation (see %s)",
                    skipped,
                    dir.resolve("skipped")));
    return lastIngest;
  }

  private static void writeReason(Path moved, String reason) throws IOException {
    Files.writeString(
        moved.resolveSibling(moved.getFileName() + ".reason"),
        reason + System.lineSeparator(),
        StandardCharsets.UTF_8);
  }

  /** The complete files waiting, oldest first. */
  List<Path> complete() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> out = new ArrayList<>();
      s.filter(Files::isRegularFile)
          .filter(
              p -> {
                String n = p.getFileName().toString();
                return !n.startsWith(".") && !n.endsWith(PARTIAL);
              })
          .forEach(out::add);
      out.sort(Comparator.comparing(LandingFolder::modified).thenComparing(Path::getFileName));
      return out;
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return Long.MAX_VALUE; // gone or unreadable: last; the ingest will say which
    }
  }

  /** Moves a file into {@code target}, never over an earlier file of the same name. */
  static Path move(Path file, Path target) throws IOException {
    String name = file.getFileName().toString();
    Path to = target.resolve(name);
    for (int i = 1; Files.exists(to); i++) {
      to = target.resolve(name + "." + i);
    }
    try {
      return Files.move(file, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      return Files.move(file, to);
    }
  }
}
