package org.amity.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.amity.store.NotAStoreException;
import org.amity.store.StoreException;
import org.amity.store.StoreFailures;
import picocli.CommandLine;

/**
 * Turns exceptions that escape a command into one clear line on stderr and exit code 1 (2 for a
 * usage error: a bad argument, or a {@code --db} that is not a database); the stack trace only with
 * {@code AMITY_DEBUG=1}. The line names the system's reason when there is one ("No space left on
 * device", "Permission denied"). A command run with {@code --json} also prints a result object on
 * stdout, {@code {"error": {...}}}, so a script reading JSON always gets JSON.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    String cause = StoreFailures.systemCause(e).orElse(null);
    if (cause != null && !message.contains(cause)) {
      message = message + " (" + cause + ")";
    }
    boolean usage = e instanceof IllegalArgumentException || e instanceof NotAStoreException;
    int code = usage ? 2 : 1;
    if (wantsJson(parseResult)) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("message", message);
      error.put("cause", cause);
      error.put("exitCode", code);
      cl.getOut().println(Json.write(Map.of("error", error)));
      cl.getOut().flush();
    }
    if (usage) {
      cl.getErr().println("amity: " + message);
      cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
      return code;
    }
    cl.getErr().println("amity: " + (e instanceof StoreException ? "" : "error: ") + message);
    if ("1".equals(System.getenv("AMITY_DEBUG"))) {
      e.printStackTrace(cl.getErr());
    }
    return code;
  }

  /** Whether the command that ran (the innermost subcommand) was given {@code --json}. */
  static boolean wantsJson(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult p = parseResult;
    while (p.hasSubcommand()) {
      p = p.subcommand();
    }
    return p.hasMatchedOption("--json");
  }
}
