package org.amity.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.amity.app.remote.CommandRunner;
import org.amity.app.remote.ThreadStreams;
import org.amity.app.store.ServiceStore;
import org.amity.storage.Storage;
import picocli.CommandLine;

/**
 * Runs a command line inside the service, on the service's open store: the same picocli command as
 * on the command line, so output, {@code --json} and exit codes are the same. Commands that only
 * read get a connection of their own and run beside everything else; commands that write run alone
 * in the service's writer lane on its one connection.
 */
public final class InProcess implements CommandRunner {
  private final ServiceStore store;

  public InProcess(ServiceStore store) {
    this.store = store;
  }

  @Override
  public int run(
      List<String> args,
      Map<String, String> names,
      InputStream in,
      PrintStream out,
      PrintStream err) {
    String[] a = args.toArray(String[]::new);
    boolean reads = ServiceCommands.READS.contains(ServiceCommands.path(args));
    Supplier<Storage> lease = reads ? store::reader : store::writer;
    CommandLine cl = AmityCommand.commandLine();
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    try (AutoCloseable streams = ThreadStreams.bind(in, out, err);
        AutoCloseable service = StoreOptions.useServiceStore(store.file(), lease)) {
      if (reads) {
        return cl.execute(a);
      }
      return store.exclusively(
          () -> {
            int exit = cl.execute(a);
            store.renameFiles(names);
            return exit;
          });
    } catch (Exception e) {
      err.println("amity: error: " + e.getMessage());
      return 1;
    }
  }
}
