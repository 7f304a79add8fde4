package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The step bar of long commands: drawn on the stream it is given, silent when not shown. */
class StepProgressTest {

  @Test
  void aShownBarNamesItsTaskAndReachesItsTotal() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (StepProgress bar =
        new StepProgress(new PrintStream(out, true, StandardCharsets.UTF_8), "backtest", true)) {
      for (int i = 1; i <= 12; i++) {
        bar.accept(i, 12);
      }
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("backtest").contains("12/12");
  }

  @Test
  void aBarNotShownWritesNothing() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (StepProgress bar =
        new StepProgress(new PrintStream(out, true, StandardCharsets.UTF_8), "watch", false)) {
      bar.accept(1, 3);
      bar.accept(3, 3);
    }
    assertThat(out.size()).isZero();
  }

  @Test
  void quietOrJsonOrNoTerminalTurnsTheBarOff() {
    // tests run without a console, so the bar is off in every case here; -q and --json turn it
    // off even on a terminal (see StepProgress.of)
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try (StepProgress a = StepProgress.of("x", true, false);
        StepProgress b = StepProgress.of("y", false, true)) {
      a.accept(1, 1);
      b.accept(1, 1);
    } finally {
      System.setErr(old);
    }
    assertThat(err.size()).isZero();
  }
}
