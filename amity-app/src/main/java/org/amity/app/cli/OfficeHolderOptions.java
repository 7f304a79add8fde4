package org.amity.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.amity.event.CountryTable;
import org.amity.ingest.OfficeHolders;
import picocli.CommandLine.Option;

/**
 * Which list of office holders gives named persons in ICEWS rows the state role they held that day
 * ({@link OfficeHolders}): the file given, else the Phoenix country actors in the shared data
 * ({@link SharedData}), else none, when the rows are read exactly as they are.
 */
final class OfficeHolderOptions {
  static final String RELATIVE = OfficeHolders.SHARED_FILE;

  @Option(
      names = "--office-holders",
      paramLabel = "FILE",
      description =
          "A PETRARCH actor dictionary with dated roles ([INDGOV >20140526]): a person named in a"
              + " row whose sectors give no state role gets the state role he held in his country"
              + " on the event's date. Default: "
              + RELATIVE
              + " in $AMITY_TESTDATA, ../shared/data or beside the installation, when there.")
  Path file;

  @Option(
      names = "--no-office-holders",
      description = "Read persons with the sectors ICEWS gives them only.")
  boolean none;

  /**
   * The list to use, or null (none asked for, or none found: said on {@code err} unless quiet).
   *
   * @throws IllegalArgumentException when a file named does not exist
   */
  OfficeHolders load(PrintStream err, boolean quiet) throws IOException {
    Path f = path(err, quiet);
    if (f == null) {
      return null;
    }
    OfficeHolders holders = OfficeHolders.read(f, CountryTable.standard());
    if (!holders.problems().isEmpty() && !quiet) {
      err.printf(
          Locale.ROOT,
          "office holders: %d dictionary line(s) of %s could not be read, first: %s%n",
          holders.problems().size(),
          f,
          holders.problems().get(0));
    }
    return holders;
  }

  /**
   * The file of the list to use, or null (none asked for, or none found: said on {@code err} unless
   * quiet), by {@link OfficeHolders#choose}.
   *
   * @throws IllegalArgumentException when a file named does not exist
   */
  Path path(PrintStream err, boolean quiet) {
    Path f = OfficeHolders.choose(file, none, SharedData.class);
    if (f == null && !none && !quiet) {
      err.println(
          "office holders: no "
              + RELATIVE
              + " in "
              + SharedData.candidates()
              + "; persons keep the sectors ICEWS gives them");
    }
    return f;
  }

  /**
   * The list an ingest path uses when no option chose one (the service's landing folder): the
   * shared data's, so that a file dropped there gives the events {@code amity ingest icews} gives.
   * A list that is there but cannot be read is said on {@code err}, and the rows are read as they
   * are.
   */
  static OfficeHolders byDefault(PrintStream err) {
    try {
      return new OfficeHolderOptions().load(err, false);
    } catch (IOException e) {
      err.println(
          "office holders: cannot read the list ("
              + e.getMessage()
              + "); persons keep the sectors ICEWS gives them");
      return null;
    }
  }

  /** What an ingest reports about the list: the file and the actors given a role. */
  static Map<String, Object> report(OfficeHolders holders) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (holders != null) {
      out.put("officeHolders", holders.resolved());
      out.put("officeHoldersFile", holders.source());
    }
    return out;
  }

  /** The line an ingest prints under its totals, or null when no list was used. */
  static String line(OfficeHolders holders) {
    return holders == null
        ? null
        : String.format(
            Locale.ROOT,
            "office holders: %,d actor(s) given the state role they held that day (%s)",
            holders.resolved(),
            holders.source());
  }
}
