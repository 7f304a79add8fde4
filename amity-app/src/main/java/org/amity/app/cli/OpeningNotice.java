package org.amity.app.cli;

import java.io.PrintStream;
import org.amity.store.OpeningProgress;

/**
 * What a command tells on stderr while the store it opens does long upkeep (the incident keys
 * filled again after an upgrade): the store's line saying what it does and why, unless {@code -q}
 * or {@code --json}, and a progress bar on an interactive terminal, so a first open after an
 * upgrade never looks hung.
 */
final class OpeningNotice implements OpeningProgress {
  private final PrintStream err;
  private final boolean quiet;
  private final StepProgress bar;

  OpeningNotice(PrintStream err, boolean quiet, StepProgress bar) {
    this.err = err;
    this.quiet = quiet;
    this.bar = bar;
  }

  /** On stderr; the bar only on a terminal, neither when {@code quiet}. */
  static OpeningNotice of(boolean quiet) {
    return new OpeningNotice(System.err, quiet, StepProgress.of("incident keys", quiet, false));
  }

  @Override
  public void starting(String what) {
    if (!quiet) {
      err.println(what);
    }
  }

  @Override
  public void advanced(long done, long total) {
    bar.advance(done, total);
  }

  @Override
  public void finished() {
    bar.close();
  }
}
