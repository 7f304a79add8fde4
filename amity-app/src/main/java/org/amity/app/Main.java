package org.amity.app;

import org.amity.app.cli.AmityCommand;

/** Entry point of the {@code amity} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (used by tests too). */
  public static int run(String... args) {
    return AmityCommand.commandLine().execute(args);
  }
}
