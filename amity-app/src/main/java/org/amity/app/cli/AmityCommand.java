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
      TimelineCommand.class,
      GapCommand.class,
      ReportCommand.class,
      Track2Command.class,
      FollowCommand.class,
      SeriesCommand.class,
      BenchCommand.class,
      ForecastCommand.class,
      CodeCommand.class,
      RecommendCommand.class,
      KbCommand.class,
      SimulateCommand.class,
      EvaluateCommand.class,
      ServeCommand.class,
      FlinkCommand.class,
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
    cl.registerConverter(java.time.LocalDate.class, AmityCommand::date);
    cl.setParameterExceptionHandler(AmityCommand::badParameters);
    return cl;
  }

  /** A date as the user writes it, with a message that says what is expected. */
  static java.time.LocalDate date(String text) {
    try {
      return java.time.LocalDate.parse(text.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("not a date: " + text + " (use YYYY-MM-DD)");
    }
  }

  /**
   * A wrong option or value: the message and where to read more, not the whole usage text. The hint
   * names the command as typed ("amity kb show --help").
   */
  static int badParameters(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    String message = e.getMessage();
    // picocli wraps converter messages: "Invalid value for option '--from': not a date: ..."
    cl.getErr().println("amity: " + message);
    cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
    return 2;
  }
}
