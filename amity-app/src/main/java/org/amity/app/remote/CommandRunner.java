package org.amity.app.remote;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** Runs one command line inside the service, printing to the streams given. */
@FunctionalInterface
public interface CommandRunner {
  /**
   * Runs {@code args} and returns its exit code.
   *
   * @param names files uploaded for the command (their path here) and the names the user gave them,
   *     under which the command's results are to be recorded
   */
  int run(
      List<String> args,
      java.util.Map<String, String> names,
      InputStream in,
      PrintStream out,
      PrintStream err);
}
