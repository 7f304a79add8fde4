package org.amity.app.remote;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** Runs one command line inside the service, printing to the streams given. */
@FunctionalInterface
public interface CommandRunner {
  /** Runs {@code args} and returns its exit code. */
  int run(List<String> args, InputStream in, PrintStream out, PrintStream err);
}
