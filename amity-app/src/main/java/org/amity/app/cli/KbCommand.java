package org.amity.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.amity.app.json.ResponseJson;
import org.amity.response.Lens;
import org.amity.response.cases.CaseEvaluation;
import org.amity.response.cases.CaseSet;
import org.amity.response.kb.KbProblem;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.kb.KnowledgeBaseLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code amity kb ...}: the preventive-diplomacy knowledge base. */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    description = "List, show and validate the preventive-diplomacy knowledge base.",
    subcommands = {
      KbCommand.ListEntries.class,
      KbCommand.Show.class,
      KbCommand.Validate.class,
      KbCommand.Cases.class
    })
final class KbCommand {

  /** Kinds of entry {@code kb list --type} accepts. */
  enum EntryType {
    INSTRUMENT,
    MEASURE,
    NORM,
    PRINCIPLE,
    THEME,
    SOURCE
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List entries.")
  static final class ListEntries implements Callable<Integer> {
    @Mixin KbOptions kb;

    @Option(
        names = "--type",
        description = "instrument, measure, norm, principle, theme or source (default: all).")
    EntryType type;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
      KnowledgeBase k = kb.load();
      List<Map<String, Object>> rows = new ArrayList<>();
      for (EntryType t : EntryType.values()) {
        if (type == null || type == t) {
          rows.addAll(KbEntries.rows(k, t));
        }
      }
      if (json) {
        System.out.println(Json.write(rows));
      } else {
        for (Map<String, Object> r : rows) {
          System.out.printf(
              Locale.ROOT,
              "%-10s %-26s %-12s %s%n",
              r.get("type"),
              r.get("id"),
              r.getOrDefault("status", ""),
              r.get("name"));
        }
      }
      return 0;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one entry.")
  static final class Show implements Callable<Integer> {
    @Mixin KbOptions kb;

    @Parameters(paramLabel = "ID", description = "An instrument, measure, norm, principle, theme.")
    String id;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
      KnowledgeBase k = kb.load();
      Optional<Object> entry =
          k.findInstrument(id)
              .<Object>map(i -> i)
              .or(() -> k.findMeasure(id))
              .or(() -> k.findNorm(id))
              .or(() -> k.findPrinciple(id))
              .or(() -> k.findTheme(id))
              .or(() -> k.findSource(id));
      Object e =
          entry.orElseThrow(() -> new IllegalArgumentException("no knowledge-base entry " + id));
      if (json) {
        System.out.println(Json.write(e));
      } else {
        System.out.print(KbEntries.describe(k, e));
      }
      return 0;
    }
  }

  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = "Check schema, references and sources; exit 1 when anything is wrong.")
  static final class Validate implements Callable<Integer> {
    @Mixin KbOptions kb;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
      KnowledgeBaseLoader.Result r = kb.read();
      if (json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("location", r.location());
        out.put("valid", r.valid());
        out.put("problems", r.problems());
        if (r.valid()) {
          out.put("counts", KbEntries.counts(r.knowledgeBase()));
        }
        System.out.println(Json.write(out));
      } else if (r.valid()) {
        System.out.println(
            "knowledge base valid (" + r.location() + "): " + KbEntries.counts(r.knowledgeBase()));
      } else {
        for (KbProblem p : r.problems()) {
          System.out.println(p);
        }
        System.out.println(r.problems().size() + " problem(s) in " + r.location());
      }
      return r.valid() ? 0 : 1;
    }
  }

  @Command(
      name = "cases",
      mixinStandardHelpOptions = true,
      description =
          "Replay the documented regional cases: is an instrument actually used among the top"
              + " three options?")
  static final class Cases implements Callable<Integer> {
    @Mixin KbOptions kb;

    @Option(names = "--lens", defaultValue = "broad", description = "narrow or broad.")
    Lens lens;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
      KnowledgeBase k = kb.load();
      CaseEvaluation.Report r = CaseEvaluation.run(k, CaseSet.standard(k), lens);
      List<Map<String, Object>> rows = new ArrayList<>();
      for (CaseEvaluation.Outcome o : r.outcomes()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.documented().id());
        m.put("year", o.documented().year());
        m.put("batch", o.documented().batch());
        m.put("hit", o.hit());
        m.put("used", o.documented().used());
        m.put("top3", o.topInstruments());
        m.put("firstUsedRank", o.firstUsedRank());
        m.put("source", o.documented().source());
        rows.add(m);
      }
      if (json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lens", lens);
        out.put("cases", r.outcomes().size());
        out.put("hits", r.hits());
        out.put("hitRate", ResponseJson.round(r.hitRate()));
        out.put("firstRanked", r.firstRanked());
        List<Map<String, Object>> batches = new ArrayList<>();
        for (String b : r.batches()) {
          CaseEvaluation.Report part = r.batch(b);
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("batch", b);
          m.put("cases", part.outcomes().size());
          m.put("hits", part.hits());
          m.put("hitRate", ResponseJson.round(part.hitRate()));
          m.put("firstRanked", part.firstRanked());
          batches.add(m);
        }
        out.put("batches", batches);
        out.put("outcomes", rows);
        System.out.println(Json.write(out));
      } else {
        for (Map<String, Object> m : rows) {
          System.out.printf(
              Locale.ROOT,
              "%-24s %-4s used %s; top 3 %s%n",
              m.get("id"),
              (boolean) m.get("hit") ? "hit" : "MISS",
              m.get("used"),
              m.get("top3"));
        }
        System.out.printf(
            Locale.ROOT,
            "%d of %d cases (%.0f%%) have an instrument actually used in the top three (lens %s);"
                + " ranked first in %d%n",
            r.hits(),
            r.outcomes().size(),
            100 * r.hitRate(),
            lens.id(),
            r.firstRanked());
        for (String b : r.batches()) {
          CaseEvaluation.Report part = r.batch(b);
          System.out.printf(
              Locale.ROOT,
              "  batch %s: %d of %d (%.0f%%) in the top three, ranked first in %d%n",
              b,
              part.hits(),
              part.outcomes().size(),
              100 * part.hitRate(),
              part.firstRanked());
        }
      }
      return 0;
    }
  }

  private KbCommand() {}
}
