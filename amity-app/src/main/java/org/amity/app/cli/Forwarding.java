package org.amity.app.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.amity.app.remote.CommandChannel;
import org.amity.app.remote.RemoteCommand;
import org.amity.app.remote.ServiceFile;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParseResult;

/**
 * How a parsed command line runs: a store command meant for a database that a running service owns
 * is sent to that service (found through its {@link ServiceFile}, or named by {@code --server});
 * everything else runs here. Also applies {@code --db} and {@code --server} given before the
 * command, and refuses a read of a database that does not exist.
 */
final class Forwarding implements CommandLine.IExecutionStrategy {
  /** The token for {@code --server URL} when no service file beside the database holds it. */
  static final String TOKEN_VARIABLE = "AMITY_SERVICE_TOKEN";

  @Override
  public int execute(ParseResult pr) {
    Integer help = CommandLine.executeHelpRequest(pr);
    if (help != null) {
      return help;
    }
    List<CommandLine> chain = pr.asCommandLineList();
    CommandLine leaf = chain.get(chain.size() - 1);
    StoreOptions store = storeOptions(leaf);
    if (store == null || StoreOptions.inService()) {
      return new CommandLine.RunLast().execute(pr);
    }
    AmityCommand root = chain.get(0).getCommand();
    if (store.db == null) {
      store.db = root.db;
    }
    if (store.server == null) {
      store.server = root.server;
    }
    String name = leaf.getCommandSpec().qualifiedName(" ").replaceFirst("^amity ", "");
    PrintStream err = System.err;
    if (ServiceCommands.FORWARDED.contains(name)) {
      try {
        Optional<ServiceFile> target = target(store, err);
        if (target.isPresent()) {
          return forward(target.get(), name, pr.originalArgs(), leaf, store.db, err);
        }
      } catch (IllegalArgumentException e) {
        err.println("amity: " + e.getMessage());
        return 2;
      } catch (IOException e) {
        err.println("amity: " + e.getMessage());
        return 1;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 1;
      }
    }
    // a database named with --db must exist for a read: refused when the command opens it, so
    // arguments are still checked first and commands that need no store (recommend --input) run
    store.mustExist = ServiceCommands.READS.contains(name);
    return new CommandLine.RunLast().execute(pr);
  }

  private static StoreOptions storeOptions(CommandLine leaf) {
    CommandLine.Model.CommandSpec mixin = leaf.getCommandSpec().mixins().get("store");
    return mixin != null && mixin.userObject() instanceof StoreOptions s ? s : null;
  }

  /** The service to send to: named by --server, or found beside the database. */
  private static Optional<ServiceFile> target(StoreOptions store, PrintStream err) {
    Path file = ServiceFile.beside(store.path());
    Optional<ServiceFile> found = ServiceFile.read(file);
    if (store.server != null) {
      URI url =
          store.server.toString().endsWith("/") ? store.server : URI.create(store.server + "/");
      String token =
          found
              .filter(f -> f.url().equals(url))
              .map(ServiceFile::token)
              .orElse(System.getenv(TOKEN_VARIABLE));
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException(
            "--server "
                + url
                + ": no token (the service file "
                + file
                + " holds it; or set "
                + TOKEN_VARIABLE
                + ")");
      }
      return Optional.of(new ServiceFile(url, token, -1));
    }
    if (found.isPresent() && !found.get().alive()) {
      err.println(
          "amity: note: ignoring the stale service file "
              + file
              + " (its process "
              + found.get().pid()
              + " is gone); removed it");
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        err.println("amity: cannot remove " + file + ": " + e.getMessage());
      }
      return Optional.empty();
    }
    return found;
  }

  private static int forward(
      ServiceFile target, String name, List<String> raw, CommandLine leaf, Path db, PrintStream err)
      throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(raw);
    if (name.startsWith("ingest gdelt") && (args.contains("--follow") || args.contains("--from"))) {
      throw new IllegalArgumentException(
          "a service runs on this database: follow the feed inside it with 'amity serve"
              + " --follow-gdelt', or stop the service first");
    }
    strip(args, "--db");
    strip(args, "--server");
    if (db != null) {
      // a label only: the service uses its own store, but prints the database as the user named it
      int end = args.indexOf("--");
      int at = end >= 0 ? end : args.size();
      args.add(at, db.toString());
      args.add(at, "--db");
    }
    List<RemoteCommand.Upload> uploads = new ArrayList<>();
    Map<String, String> replaced = new HashMap<>();
    int n = 0;
    for (ArgSpec spec : leaf.getParseResult().matchedArgs()) {
      if (!isPath(spec)) {
        continue;
      }
      for (String value : spec.originalStringValues()) {
        if (!replaced.containsKey(value)) {
          // a file the command writes is written by the service (on this machine: its channel
          // listens on loopback only) at the place named, never uploaded as if it were input
          replaced.put(
              value,
              isOutput(spec)
                  ? Path.of(value).toAbsolutePath().toString()
                  : upload(value, "a" + n++, uploads));
        }
      }
    }
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      int eq = a.indexOf('=');
      if (replaced.containsKey(a)) {
        args.set(i, replaced.get(a));
      } else if (a.startsWith("--") && eq > 0 && replaced.containsKey(a.substring(eq + 1))) {
        args.set(i, a.substring(0, eq + 1) + replaced.get(a.substring(eq + 1)));
      }
    }
    String stdin = name.equals("user add") || name.equals("user passwd") ? password() : null;
    try {
      return RemoteCommand.run(
          target.url(), target.token(), args, uploads, stdin, System.out, System.err);
    } catch (RemoteCommand.Unreachable e) {
      err.println(
          "amity: "
              + e.getMessage()
              + "; is it still starting? Try again, or stop it and remove its service file");
      return 1;
    }
  }

  /** Options that name a file the command writes ({@code --out}, {@code -o/--output}). */
  private static boolean isOutput(ArgSpec spec) {
    if (!spec.isOption()) {
      return false;
    }
    String n = ((CommandLine.Model.OptionSpec) spec).longestName();
    return n.equals("--out") || n.equals("--output");
  }

  private static boolean isPath(ArgSpec spec) {
    if (spec.isOption()) {
      String n = ((CommandLine.Model.OptionSpec) spec).longestName();
      if (n.equals("--db") || n.equals("--server")) {
        return false;
      }
    }
    Class<?> type = spec.type();
    if (Path.class.isAssignableFrom(type) || java.io.File.class.isAssignableFrom(type)) {
      return true;
    }
    Class<?>[] aux = spec.auxiliaryTypes();
    return aux != null && aux.length > 0 && Path.class.isAssignableFrom(aux[0]);
  }

  /** Sends an existing file or folder along; a path that does not exist goes as absolute. */
  private static String upload(String value, String slot, List<RemoteCommand.Upload> uploads)
      throws IOException {
    Path p = Path.of(value);
    if (Files.isRegularFile(p)) {
      String rel = slot + "/" + p.getFileName();
      uploads.add(new RemoteCommand.Upload(p, rel, value));
      return CommandChannel.UPLOAD + rel;
    }
    if (Files.isDirectory(p)) {
      String base = slot + "/" + (p.getFileName() == null ? "dir" : p.getFileName());
      try (Stream<Path> walk = Files.walk(p)) {
        for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
          String rel = p.relativize(f).toString().replace('\\', '/');
          uploads.add(new RemoteCommand.Upload(f, base + "/" + rel, p.resolve(rel).toString()));
        }
      }
      return CommandChannel.UPLOAD + base;
    }
    return p.toAbsolutePath().toString();
  }

  /** Removes an option and its value, in either spelling ({@code --db X}, {@code --db=X}). */
  static void strip(List<String> args, String option) {
    for (int i = 0; i < args.size(); ) {
      String a = args.get(i);
      if (a.equals(option)) {
        args.remove(i);
        if (i < args.size()) {
          args.remove(i);
        }
      } else if (a.startsWith(option + "=")) {
        args.remove(i);
      } else {
        i++;
      }
    }
  }

  /** The new account's password: asked twice on a terminal, else the first line of stdin. */
  private static String password() throws IOException {
    Console console = System.console();
    if (console != null) {
      char[] first = console.readPassword("Password: ");
      char[] again = console.readPassword("Again: ");
      if (first == null || again == null || !Arrays.equals(first, again)) {
        throw new IllegalArgumentException("the two passwords differ");
      }
      return new String(first) + "\n";
    }
    return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
