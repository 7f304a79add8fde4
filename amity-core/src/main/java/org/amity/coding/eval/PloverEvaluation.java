package org.amity.coding.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.amity.coding.CodedEvent;
import org.amity.coding.CodedSentence;
import org.amity.coding.EventCoder;
import org.amity.coding.Story;
import org.amity.coding.classify.SentenceReader;
import org.amity.coding.dict.VerbDictionary;

/**
 * Scores the coder on the PLOVER gold records: each coded CAMEO event is mapped to its PLOVER event
 * type. A record is met on the event when some coded event has the expected type, and exactly when
 * that event's source and target are also among the expected actors (code plus sector, as "HUNGOV";
 * a record without a target asks only for the source).
 */
public final class PloverEvaluation {
  /** Totals, and per expected PLOVER event type. */
  public record Report(
      int records,
      int eventMatches,
      int exact,
      int countryLevel,
      int coded,
      int recordsWithoutEvents,
      int typedByVerb,
      Map<String, int[]> byEvent,
      List<Evaluation.Failure> failures) {
    public double eventRate() {
      return records == 0 ? 0 : Math.round(eventMatches * 10_000.0 / records) / 10_000.0;
    }

    public double countryLevelRate() {
      return records == 0 ? 0 : Math.round(countryLevel * 10_000.0 / records) / 10_000.0;
    }

    public double exactRate() {
      return records == 0 ? 0 : Math.round(exact * 10_000.0 / records) / 10_000.0;
    }
  }

  /**
   * The gold records were coded in PLOVER 0.5 (2016); the table is PLOVER 0.8 (2021), which renamed
   * four event types. Gold types are read in 2021 names so that the two can be compared.
   */
  public static final Map<String, String> RENAMED_SINCE_2016 =
      Map.of(
          "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  private final EventCoder coder;
  private final PloverTable table;

  public PloverEvaluation(EventCoder coder, PloverTable table) {
    this(coder, table, null);
  }

  /**
   * With {@code verbs}, a record where no full event can be built still gets an event type: that of
   * its main dictionary verb found without actors ({@link SentenceReader#mainVerbCode}); it can
   * match the type, never exactly.
   */
  public PloverEvaluation(EventCoder coder, PloverTable table, VerbDictionary verbs) {
    this.coder = coder;
    this.table = table;
    this.verbs = verbs;
  }

  private final VerbDictionary verbs;

  public Report run(Path goldJson) throws IOException {
    JsonNode all = new ObjectMapper().readTree(goldJson.toFile());
    int records = 0;
    int eventMatches = 0;
    int exact = 0;
    int countryLevel = 0;
    int coded = 0;
    int none = 0;
    int typedByVerb = 0;
    Map<String, int[]> byEvent = new TreeMap<>();
    List<Evaluation.Failure> failures = new ArrayList<>();
    for (JsonNode r : all) {
      String goldEvent = r.path("event").asText("");
      String event = RENAMED_SINCE_2016.getOrDefault(goldEvent, goldEvent);
      if (event.isEmpty() || r.path("text").asText("").isEmpty()) {
        continue;
      }
      records++;
      Set<String> sources = actors(r.get("source"));
      Set<String> targets = actors(r.get("target"));
      List<CodedEvent> events = code(r);
      coded += events.size();
      none += events.isEmpty() ? 1 : 0;
      boolean typeMatch = false;
      boolean exactMatch = false;
      List<String> got = new ArrayList<>();
      for (CodedEvent e : events) {
        String type = table.event(e.code());
        got.add(e.key() + " " + type);
        if (event.equals(type)) {
          typeMatch = true;
          exactMatch |=
              sources.contains(e.source()) && (targets.isEmpty() || targets.contains(e.target()));
        }
      }
      if (events.isEmpty() && verbs != null) {
        String type = verbType(r.path("text").asText());
        if (type != null) {
          typedByVerb++;
          got.add("(no event; main verb's type) " + type);
          typeMatch = event.equals(type);
        }
      }
      eventMatches += typeMatch ? 1 : 0;
      exact += exactMatch ? 1 : 0;
      countryLevel += exactMatch ? 1 : 0; // no looser country-level match is implemented yet
      int[] c = byEvent.computeIfAbsent(goldEvent, k -> new int[3]);
      c[0]++;
      c[1] += typeMatch ? 1 : 0;
      c[2] += exactMatch ? 1 : 0;
      if (!exactMatch) {
        failures.add(
            new Evaluation.Failure(
                r.path("id").asText(),
                goldEvent,
                r.path("text").asText(),
                List.of(sources + " -> " + targets + " " + event),
                got));
      }
    }
    return new Report(
        records, eventMatches, exact, countryLevel, coded, none, typedByVerb, byEvent, failures);
  }

  /** The PLOVER type of the first sentence's main dictionary verb that has one, or null. */
  private String verbType(String text) {
    for (String sentence : coder.analyzer().sentences(text)) {
      String code = SentenceReader.mainVerbCode(coder.analyzer().analyze(sentence), verbs);
      String type = code == null ? null : table.event(code);
      if (type != null) {
        return type;
      }
    }
    return null;
  }

  private List<CodedEvent> code(JsonNode r) {
    LocalDate date = LocalDate.parse(r.path("date").asText("2000-01-01"));
    Story story = new Story(r.path("id").asText("x"), date, null, null, r.path("text").asText());
    List<CodedEvent> out = new ArrayList<>();
    for (CodedSentence s : coder.code(story)) {
      out.addAll(s.events());
    }
    return out;
  }

  private static Set<String> actors(JsonNode list) {
    Set<String> out = new LinkedHashSet<>();
    if (list == null || !list.isArray()) {
      return out;
    }
    for (JsonNode a : list) {
      String code = a.path("code").asText("");
      String sector = a.path("sector").asText("");
      if (!code.isEmpty()) {
        out.add(code + sector);
      }
    }
    return out;
  }
}
