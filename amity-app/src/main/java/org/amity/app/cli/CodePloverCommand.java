package org.amity.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amity.coding.EventCoder;
import org.amity.coding.eval.PloverEvaluation;
import org.amity.coding.eval.PloverTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity code plover}: score the coder on PLOVER gold records. */
@Command(
    name = "plover",
    mixinStandardHelpOptions = true,
    description =
        "Code the PLOVER gold records and compare, through the CAMEO to PLOVER table, with their"
            + " PLOVER event types and actors.")
final class CodePloverCommand implements Callable<Integer> {
  @Mixin DictOptions dictionaries;

  @Option(
      names = "--records",
      paramLabel = "FILE",
      required = true,
      description = "PLOVER gold records (JSON array).")
  Path records;

  @Option(
      names = "--table",
      paramLabel = "FILE",
      required = true,
      description = "CAMEO2PLOVER table.")
  Path table;

  @Option(
      names = "--no-verb-fallback",
      description =
          "Leave a record where no full event can be built without an event type (by default it"
              + " gets its main dictionary verb's type).")
  boolean noVerbFallback;

  @Option(names = "--failures", description = "List every record not met exactly.")
  boolean failures;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    for (Path p : new Path[] {records, table}) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException("no file " + p);
      }
    }
    org.amity.coding.dict.Dictionaries dict = dictionaries.load();
    EventCoder coder = new EventCoder(dict);
    PloverEvaluation.Report r =
        new PloverEvaluation(coder, PloverTable.read(table), noVerbFallback ? null : dict.verbs())
            .run(records);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("records", r.records());
    out.put("eventMatches", r.eventMatches());
    out.put("eventRate", r.eventRate());
    out.put("exact", r.exact());
    out.put("exactRate", r.exactRate());
    out.put("countryLevel", r.countryLevel());
    out.put("countryLevelRate", r.countryLevelRate());
    out.put("codedEvents", r.coded());
    out.put("recordsWithoutEvents", r.recordsWithoutEvents());
    out.put("typedByVerb", r.typedByVerb());
    Map<String, Object> by = new LinkedHashMap<>();
    r.byEvent()
        .forEach((k, v) -> by.put(k, Map.of("records", v[0], "eventMatches", v[1], "exact", v[2])));
    out.put("byEvent", by);
    if (failures) {
      out.put("failures", r.failures());
    }
    if (json) {
      System.out.println(Json.write(out));
    } else {
      System.out.printf(
          "%d records: PLOVER event matched %d (%.1f%%), exactly (event and actors) %d (%.1f%%);"
              + " %d records with no event coded%n",
          r.records(),
          r.eventMatches(),
          100 * r.eventRate(),
          r.exact(),
          100 * r.exactRate(),
          r.recordsWithoutEvents());
      r.byEvent()
          .forEach(
              (k, v) ->
                  System.out.printf(
                      "  %-12s %3d records, %3d event, %3d exact%n", k, v[0], v[1], v[2]));
    }
    return 0;
  }
}
