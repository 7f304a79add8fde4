package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What every command says about itself and about a mistake reads the same way. */
class CommandLineConsistencyTest {
  private static void names(CommandLine cl, List<String> prefix, List<List<String>> out) {
    out.add(prefix);
    for (var e : cl.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue;
      }
      List<String> next = new ArrayList<>(prefix);
      next.add(e.getKey());
      names(e.getValue(), next, out);
    }
  }

  @Test
  void noHelpTextHasAFormatWarning() {
    List<List<String>> commands = new ArrayList<>();
    names(AmityCommand.commandLine(), List.of(), commands);
    assertThat(commands).hasSizeGreaterThan(10);
    for (List<String> c : commands) {
      List<String> args = new ArrayList<>(c);
      args.add("--help");
      Cli.Run r = Cli.run(args.toArray(String[]::new));
      assertThat(r.exit()).as(String.join(" ", args)).isZero();
      assertThat(r.out() + r.err()).as(String.join(" ", args)).doesNotContain("picocli WARN");
    }
  }

  @Test
  void aBadDateSaysWhatIsExpectedWithoutTheUsageText() {
    Cli.Run r = Cli.run("events", "--from", "2014-13-40");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("not a date: 2014-13-40 (use YYYY-MM-DD)")
        .contains("Try 'amity events --help'")
        .doesNotContain("Exception")
        .doesNotContain("Usage:");
  }

  @Test
  void anErrorHintNamesTheWholeCommand() {
    Cli.Run r = Cli.run("kb", "show", "no-such-entry");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Try 'amity kb show --help'");
  }

  @Test
  void theDemoHelpStatesTheAllowedDays() {
    assertThat(Cli.run("demo", "--help").out()).contains("60 to 3660");
  }

  @Test
  void anUnknownCountryOrIndicatorExitsTwoWithAMessage() {
    Cli.Run c = Cli.run("series", "--scope", "country", "--subject", "XYZ");
    assertThat(c.exit()).isEqualTo(2);
    assertThat(c.err()).contains("unknown country code: XYZ");
    Cli.Run i =
        Cli.run("series", "--scope", "country", "--subject", "THA", "--indicator", "nonsense");
    assertThat(i.exit()).isEqualTo(2);
    assertThat(i.err()).contains("unknown indicator: nonsense");
  }
}
