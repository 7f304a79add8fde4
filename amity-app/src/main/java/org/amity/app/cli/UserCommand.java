package org.amity.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amity.access.AccessStore;
import org.amity.access.Account;
import org.amity.access.Agent;
import org.amity.access.PasswordPolicy;
import org.amity.access.Role;
import org.amity.app.web.auth.Accounts;
import org.amity.app.web.auth.PasswordHasher;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code amity user ...}: accounts of the web dashboard. Each subcommand opens the store and hands
 * its {@link AccessStore} to an ordinary method ({@code run}) that does the work through the core's
 * interfaces, so the same method can serve a request forwarded to a running service.
 */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Manage dashboard accounts.",
    subcommands = {
      UserCommand.Add.class,
      UserCommand.ListUsers.class,
      UserCommand.Disable.class,
      UserCommand.Enable.class,
      UserCommand.Remove.class,
      UserCommand.Passwd.class,
      UserCommand.Revoke.class,
      UserCommand.Unlock.class
    })
final class UserCommand {
  private UserCommand() {}

  /** Options every subcommand has; opens the store and its access tables for {@code run}. */
  abstract static class Base implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      before();
      try (Storage s = store.open();
          AccessStore access = s.access()) {
        return run(access);
      }
    }

    /** Work done before the store is opened (reading a password, checking arguments). */
    void before() throws IOException {}

    /** The command's work on the access store; returns the exit code. */
    abstract int run(AccessStore access);

    static Accounts accounts(AccessStore access) {
      return new Accounts(
          access.accounts(),
          new PasswordHasher(PasswordHasher.DEFAULT_COST),
          PasswordPolicy.standard());
    }

    void print(String text, Map<String, ?> json) {
      System.out.println(this.json ? Json.write(json) : text);
    }
  }

  /** A subcommand on one named account, which says what it did in words or as JSON. */
  abstract static class OnAccount extends Base {
    @Parameters(index = "0", paramLabel = "NAME", description = "Account name.")
    String name;

    /** What a command did: a line for people, an object for {@code --json}. */
    record Done(String text, Map<String, ?> json) {}

    @Override
    void before() throws IOException {
      Accounts.checkName(name);
    }

    /** The command's work on the named account. */
    abstract Done act(AccessStore access);

    @Override
    final int run(AccessStore access) {
      Done d = act(access);
      print(d.text(), d.json());
      return 0;
    }
  }

  /**
   * A subcommand that sets a password: read and checked against the policy before the store is
   * opened, and wiped from memory once used.
   */
  abstract static class WithNewPassword extends OnAccount {
    private char[] password;

    /** Checks of the other arguments, made before the password is asked for. */
    void checkArguments() {}

    @Override
    void before() throws IOException {
      super.before();
      checkArguments();
      password = readPassword(name);
    }

    abstract Done act(AccessStore access, char[] password);

    @Override
    Done act(AccessStore access) {
      try {
        return act(access, password);
      } finally {
        Arrays.fill(password, '\0');
      }
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Create an account. The password is asked twice on a terminal, or read from the first"
              + " line of standard input when that is not a terminal (never from the command line,"
              + " where other users could see it). It must have at least 12 characters, not be one"
              + " character repeated, not contain the name, and not be a common password.")
  static final class Add extends WithNewPassword {
    @Option(
        names = "--role",
        required = true,
        description =
            "viewer (reads), analyst (also acknowledges and records), admin (also audit and"
                + " accounts), track2-convenor (an analyst who also sees track II participants).")
    String role;

    @Override
    void checkArguments() {
      Role.of(role);
    }

    @Override
    Done act(AccessStore access, char[] password) {
      Account a = accounts(access).add(name, Role.of(role), password, Agent.commandLine(), false);
      return new Done(
          "created " + a.role().id() + " account '" + a.name() + "'",
          Map.of("name", a.name(), "role", a.role().id(), "createdAt", a.createdAt()));
    }
  }

  @Command(
      name = "passwd",
      mixinStandardHelpOptions = true,
      description =
          "Set a new password for an account (asked twice on a terminal, or the first line of"
              + " standard input) and end its sessions. The same rules as for 'add' apply.")
  static final class Passwd extends WithNewPassword {
    @Override
    Done act(AccessStore access, char[] password) {
      accounts(access).setPassword(name, password, Agent.commandLine());
      return new Done(
          "new password set for '" + name + "'; its sessions are ended",
          Map.of("name", name, "passwordChanged", true));
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts.")
  static final class ListUsers extends Base {
    @Override
    int run(AccessStore access) {
      List<Account> accounts = access.accounts().list();
      if (json) {
        System.out.println(
            Json.write(
                accounts.stream()
                    .map(
                        a -> {
                          Map<String, Object> m = new LinkedHashMap<>();
                          m.put("name", a.name());
                          m.put("role", a.role().id());
                          m.put("createdAt", a.createdAt());
                          m.put("createdBy", a.createdBy());
                          m.put("disabled", a.disabled());
                          m.put("singleUse", a.singleUse());
                          return m;
                        })
                    .toList()));
      } else {
        accounts.forEach(
            a ->
                System.out.println(
                    a.name() + "\t" + a.role().id() + (a.disabled() ? "\tdisabled" : "")));
        if (accounts.isEmpty()) {
          System.out.println("no accounts: create one with 'amity user add NAME --role ROLE'");
        }
      }
      return 0;
    }
  }

  /** Disable and enable: one switch of an account, in either direction. */
  abstract static class DisabledSwitch extends OnAccount {
    private final boolean disabled;

    DisabledSwitch(boolean disabled) {
      this.disabled = disabled;
    }

    @Override
    Done act(AccessStore access) {
      boolean changed = access.accounts().setDisabled(name, disabled, Agent.commandLine());
      String state = disabled ? "disabled" : "enabled";
      return new Done(
          changed
              ? state + " '" + name + "'" + (disabled ? "; its sessions are ended" : "")
              : "'" + name + "' was already " + state,
          Map.of("name", name, "disabled", disabled, "changed", changed));
    }
  }

  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      description = "Disable an account: it cannot sign in, and its sessions end. Reversible.")
  static final class Disable extends DisabledSwitch {
    Disable() {
      super(true);
    }
  }

  @Command(
      name = "enable",
      mixinStandardHelpOptions = true,
      description = "Enable a disabled account again.")
  static final class Enable extends DisabledSwitch {
    Enable() {
      super(false);
    }
  }

  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Remove an account and its sessions (its audit records stay).")
  static final class Remove extends OnAccount {
    @Override
    Done act(AccessStore access) {
      access.accounts().remove(name, Agent.commandLine());
      return new Done("removed '" + name + "'", Map.of("name", name, "removed", true));
    }
  }

  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description = "End every session of an account (it must sign in again).")
  static final class Revoke extends OnAccount {
    @Override
    Done act(AccessStore access) {
      int ended = access.accounts().revokeSessions(name, Agent.commandLine());
      return new Done(
          "ended " + ended + " session" + (ended == 1 ? "" : "s") + " of '" + name + "'",
          Map.of("name", name, "sessionsEnded", ended));
    }
  }

  @Command(
      name = "unlock",
      mixinStandardHelpOptions = true,
      description =
          "Lift the sign-in waits of an account (after repeated failed sign-ins), at every"
              + " address.")
  static final class Unlock extends OnAccount {
    @Override
    Done act(AccessStore access) {
      if (access.accounts().find(name).isEmpty()) {
        throw new IllegalArgumentException("no account named '" + name + "'");
      }
      boolean held = access.signIns().unlock(name, Agent.commandLine());
      return new Done(
          held ? "unlocked '" + name + "'" : "'" + name + "' had no failed sign-ins to forget",
          Map.of("name", name, "wasHeld", held));
    }
  }

  /**
   * Asks twice on a terminal, or reads the first line of standard input; checks the policy before
   * the store is opened, so a refused password costs nothing.
   */
  static char[] readPassword(String account) throws IOException {
    // inside the service the password comes on the forwarded stdin, never the service's terminal
    Console console = StoreOptions.inService() ? null : System.console();
    char[] password;
    if (console != null) {
      char[] first = console.readPassword("Password: ");
      char[] again = console.readPassword("Again: ");
      if (first == null || again == null || !Arrays.equals(first, again)) {
        throw new IllegalArgumentException("the two passwords differ");
      }
      Arrays.fill(again, '\0');
      password = first;
    } else {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = in.readLine();
      if (line == null || line.isEmpty()) {
        throw new IllegalArgumentException(
            "no password on standard input (give it as the first line)");
      }
      password = line.toCharArray();
    }
    PasswordPolicy.standard().check(password, account);
    return password;
  }
}
