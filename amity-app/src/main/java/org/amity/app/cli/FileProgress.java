package org.amity.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.amity.pipeline.IngestPipeline;
import org.amity.store.IngestResult;

/**
 * A progress bar per file on stderr, shown only on an interactive terminal (so that pipes and CI
 * logs stay clean), plus one summary line per file unless {@code quiet}.
 */
final class FileProgress implements IngestPipeline.Progress {
  private final PrintStream err;
  private final boolean bars;
  private final boolean quiet;
  private ProgressBar bar;

  FileProgress(PrintStream err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
    this.bars = !quiet && System.console() != null && !StoreOptions.inService();
  }

  @Override
  public void starting(Path file, long sizeBytes) {
    if (bars) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(file.getFileName().toString())
              .setInitialMax(Math.max(1, sizeBytes))
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(" MB", 1 << 20)
              .setConsumer(new ConsoleProgressBarConsumer(err))
              .build();
    }
  }

  @Override
  public void reading(Path file, long bytesRead) {
    if (bar != null) {
      bar.stepTo(bytesRead);
    }
  }

  @Override
  public void read(Path file) {
    if (bar != null) {
      bar.stepTo(bar.getMax());
      bar.close();
      bar = null;
    }
  }

  @Override
  public void finished(Path file, IngestResult r) {
    read(file);
    if (quiet) {
      return;
    }
    if (r.done()) {
      err.printf(
          Locale.ROOT,
          "%s: %,d records: %,d accepted, %,d rejected, %,d duplicates, %,d filtered (%.1f s)%n",
          file,
          r.lines(),
          r.accepted(),
          r.rejected(),
          r.duplicates(),
          r.filtered(),
          r.seconds());
    } else if (r.skipped()) {
      err.println(file + ": skipped, " + r.message());
    } else {
      err.println("FAILED " + r.message());
    }
  }
}
