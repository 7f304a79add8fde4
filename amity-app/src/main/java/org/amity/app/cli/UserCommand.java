package org.amity.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amity.app.web.StoreConnections;
import org.amity.app.web.auth.Account;
import org.amity.app.web.auth.Accounts;
import org.amity.app.web.auth.AuditLog;
import org.amity.app.web.auth.PasswordHasher;
import org.amity.app.web.auth.Role;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code amity user ...}: accounts of the web dashboard. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Manage dashboard accounts.",
    subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class})
final class UserCommand {

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Create an account. The password is asked twice on a terminal, or read from the first"
              + " line of standard input when that is not a terminal (never from the command line,"
              + " where other users could see it).")
  static final class Add implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Parameters(index = "0", paramLabel = "NAME", description = "Account name (lower case).")
    String name;

    @Option(
        names = "--role",
        required = true,
        description =
            "viewer (reads), analyst (also acknowledges and records), admin (also audit).")
    String role;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      Role r = Role.of(role);
      Accounts.checkName(name);
      char[] password = readPassword();
      try (Storage s = store.open();
          StoreConnections db = StoreConnections.of(s)) {
        Accounts accounts =
            new Accounts(db, new PasswordHasher(PasswordHasher.DEFAULT_COST), new AuditLog());
        Account a =
            accounts.add(name, r, password, "cli:" + System.getProperty("user.name"), false);
        if (json) {
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("name", a.name());
          out.put("role", a.role().id());
          out.put("createdAt", a.createdAt());
          System.out.println(Json.write(out));
        } else {
          System.out.println("created " + a.role().id() + " account '" + a.name() + "'");
        }
        return 0;
      } finally {
        Arrays.fill(password, '\0');
      }
    }

    private static char[] readPassword() throws IOException {
      // inside the service the password comes on the forwarded stdin, never the service's terminal
      Console console = StoreOptions.inService() ? null : System.console();
      if (console != null) {
        char[] first = console.readPassword("Password: ");
        char[] again = console.readPassword("Again: ");
        if (first == null || again == null || !Arrays.equals(first, again)) {
          throw new IllegalArgumentException("the two passwords differ");
        }
        Arrays.fill(again, '\0');
        PasswordHasher.checkAcceptable(first);
        return first;
      }
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = in.readLine();
      if (line == null || line.isEmpty()) {
        throw new IllegalArgumentException(
            "no password on standard input (give it as the first line)");
      }
      char[] password = line.toCharArray();
      PasswordHasher.checkAcceptable(password);
      return password;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts.")
  static final class ListUsers implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
      try (Storage s = store.open();
          StoreConnections db = StoreConnections.of(s)) {
        var accounts =
            new Accounts(db, new PasswordHasher(PasswordHasher.DEFAULT_COST), new AuditLog())
                .list();
        if (json) {
          System.out.println(Json.write(accounts));
        } else {
          accounts.forEach(a -> System.out.println(a.name() + "\t" + a.role().id()));
          if (accounts.isEmpty()) {
            System.out.println("no accounts: create one with 'amity user add NAME --role ROLE'");
          }
        }
        return 0;
      }
    }
  }
}
