package org.amity.app.cli;

import java.io.PrintStream;
import java.util.function.BiConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar over the steps of a long command (the origins of a backtest, the stages of a
 * watch) on stderr. Like {@link FileProgress} it shows only on an interactive terminal, and never
 * with {@code -q} or {@code --json}, so pipes, scripts and CI logs stay clean.
 */
final class StepProgress implements BiConsumer<Integer, Integer>, AutoCloseable {
  private final PrintStream err;
  private final String task;
  private final boolean show;
  private ProgressBar bar;

  StepProgress(PrintStream err, String task, boolean show) {
    this.err = err;
    this.task = task;
    this.show = show;
  }

  /** A bar for {@code task}, shown only on a terminal and when neither quiet nor JSON is asked. */
  static StepProgress of(String task, boolean quiet, boolean json) {
    return new StepProgress(
        System.err, task, !quiet && !json && System.console() != null && !StoreOptions.inService());
  }

  @Override
  public void accept(Integer done, Integer total) {
    advance(done, total);
  }

  /** Moves the bar to {@code done} of {@code total}, drawing it on the first call. */
  void advance(long done, long total) {
    if (!show) {
      return;
    }
    if (bar == null) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(Math.max(1, total))
              .setStyle(ProgressBarStyle.ASCII)
              .setConsumer(new ConsoleProgressBarConsumer(err))
              .build();
    }
    if (bar.getMax() != total) {
      bar.maxHint(Math.max(1, total));
    }
    bar.stepTo(done);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.stepTo(bar.getMax());
      bar.close();
      bar = null;
    }
  }
}
