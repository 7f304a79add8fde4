package org.amity.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: lists the subcommands. */
@Command(
    name = "amity",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Early warning and preventive-diplomacy support for Southeast Asia.",
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      StatsCommand.class,
      RejectsCommand.class,
      EventsCommand.class,
      WatchCommand.class,
      AlertsCommand.class,
      SituationsCommand.class,
      SeriesCommand.class,
      BenchCommand.class,
      ForecastCommand.class,
      CodeCommand.class,
      RecommendCommand.class,
      KbCommand.class,
      SimulateCommand.class,
      EvaluateCommand.class,
      ServeCommand.class,
      UserCommand.class,
      CommandLine.HelpCommand.class
    })
public final class AmityCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(
      names = "--db",
      paramLabel = "PATH",
      description = "Database for the command that follows (as its own --db).")
  java.nio.file.Path db;

  @CommandLine.Option(
      names = "--server",
      paramLabel = "URL",
      description = "Running service for the command that follows (as its own --server).")
  java.net.URI server;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** A configured command line: exit codes and error handling set. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new AmityCommand());
    cl.setExecutionExceptionHandler(new Failures());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionStrategy(new Forwarding());
    return cl;
  }
}
