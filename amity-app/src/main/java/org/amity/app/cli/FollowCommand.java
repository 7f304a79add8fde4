package org.amity.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amity.notify.Follow;
import org.amity.signal.Scope;
import org.amity.signal.SubjectName;
import org.amity.storage.Storage;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code amity follow}: subjects an analyst follows, and how their alerts reach the analyst. */
@Command(
    name = "follow",
    mixinStandardHelpOptions = true,
    description = {
      "Follow subjects (a country, a dyad, a sea area, a conflict area): every alert at warning"
          + " level or above on them, new or escalated, becomes a notification after the watch, read as an Atom"
          + " feed (amity follow feed) and, when set, POSTed to a webhook (amity follow webhook).",
      "Example: amity follow add --user ana --dyad CHN-PHL"
    },
    subcommands = {
      FollowCommand.Add.class,
      FollowCommand.ListFollows.class,
      FollowCommand.Remove.class,
      FollowChannels.Feed.class,
      FollowChannels.Webhook.class,
      FollowChannels.Notifications.class
    })
final class FollowCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** The account a follow belongs to (an Amity account, as on the dashboard). */
  static final class UserOption {
    @Option(
        names = "--user",
        paramLabel = "NAME",
        description = "The account (default: the operating-system user).")
    String user;

    /** The account's name, refused when no such account exists. */
    String check(Storage s) {
      String name = TimelineAddCommand.who(user);
      try (var access = s.access()) {
        if (access.accounts().find(name).isEmpty()) {
          throw new IllegalArgumentException(
              "no account named '" + name + "'; create it with amity user add or give --user");
        }
      }
      return name;
    }
  }

  /** Exactly one subject. */
  static final class Subject {
    @Option(names = "--country", paramLabel = "ISO3", description = "A country: THA, PHL...")
    String country;

    @Option(names = "--dyad", paramLabel = "A-B", description = "A dyad: CHN-PHL (either order).")
    String dyad;

    @Option(names = "--area", paramLabel = "AREA", description = "A sea area: SOUTH_CHINA_SEA...")
    String area;

    @Option(
        names = "--theatre",
        paramLabel = "AREA",
        description = "A conflict area on land: MINDANAO, DEEP_SOUTH, RAKHINE, KACHIN_SHAN, PAPUA.")
    String theatre;

    Scope scope() {
      if (theatre != null) {
        return Scope.THEATRE;
      }
      return country != null ? Scope.COUNTRY : dyad != null ? Scope.DYAD : Scope.AREA;
    }

    String subject() {
      String typed =
          theatre != null ? theatre : country != null ? country : dyad != null ? dyad : area;
      return Scope.subject(scope(), typed);
    }
  }

  static Map<String, Object> json(Follow f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id());
    m.put("user", f.user());
    m.put("scope", f.scope().key());
    m.put("subject", f.subject());
    m.put("subjectName", SubjectName.of(f.scope(), f.subject()));
    m.put("since", f.createdAt());
    return m;
  }

  /** {@code amity follow add}. */
  @Command(name = "add", mixinStandardHelpOptions = true, description = "Follow a subject.")
  static final class Add implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Mixin UserOption user;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Subject subject;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
      try (Storage s = store.open()) {
        String name = user.check(s);
        Follow f = s.notifications().follow(name, subject.scope(), subject.subject(), "cli");
        if (json) {
          System.out.println(Json.write(json(f)));
        } else {
          System.out.printf(
              Locale.ROOT,
              "%s follows %s (%s) as follow #%d%n",
              name,
              SubjectName.of(f.scope(), f.subject()),
              f.scope().words(),
              f.id());
        }
      }
      return 0;
    }
  }

  /** {@code amity follow list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List follows.")
  static final class ListFollows implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Option(names = "--user", paramLabel = "NAME", description = "Only this account's follows.")
    String user;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() {
      try (Storage s = store.open()) {
        List<Follow> follows = s.notifications().follows(user);
        if (json) {
          System.out.println(Json.write(follows.stream().map(FollowCommand::json).toList()));
          return 0;
        }
        if (follows.isEmpty()) {
          System.out.println("no follows");
        }
        for (Follow f : follows) {
          System.out.printf(
              Locale.ROOT,
              "#%d %s follows %s (%s) since %s%n",
              f.id(),
              f.user(),
              SubjectName.of(f.scope(), f.subject()),
              f.scope().words(),
              f.createdAt().toLocalDate());
        }
      }
      return 0;
    }
  }

  /** {@code amity follow remove ID}. */
  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop a follow.")
  static final class Remove implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Mixin UserOption user;

    @Parameters(paramLabel = "ID", description = "The follow's id (amity follow list).")
    long id;

    @Override
    public Integer call() {
      try (Storage s = store.open()) {
        String name = user.check(s);
        if (!s.notifications().unfollow(name, id, "cli")) {
          System.err.println("error: " + name + " has no follow #" + id);
          return 1;
        }
        System.out.println("follow #" + id + " removed");
      }
      return 0;
    }
  }
}
