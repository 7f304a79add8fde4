package org.amity.app.cli;

import org.amity.store.StoreException;
import picocli.CommandLine;

/**
 * Turns exceptions that escape a command into one clear line on stderr and exit code 1; the stack
 * trace only with {@code AMITY_DEBUG=1}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    if (e instanceof IllegalArgumentException) {
      cl.getErr().println("amity: " + message);
      cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
      return 2;
    }
    cl.getErr().println("amity: " + (e instanceof StoreException ? "" : "error: ") + message);
    if ("1".equals(System.getenv("AMITY_DEBUG"))) {
      e.printStackTrace(cl.getErr());
    }
    return 1;
  }
}
