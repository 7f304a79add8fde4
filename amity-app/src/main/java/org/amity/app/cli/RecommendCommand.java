package org.amity.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.amity.app.json.ResponseJson;
import org.amity.pipeline.SituationAdvice;
import org.amity.response.Label;
import org.amity.response.Lens;
import org.amity.response.MeasureRecommender;
import org.amity.response.Precedent;
import org.amity.response.PrincipleCheck;
import org.amity.response.RankedOption;
import org.amity.response.Recommendation;
import org.amity.response.SituationProfile;
import org.amity.response.SituationReader;
import org.amity.response.cases.CasePrecedents;
import org.amity.response.kb.KnowledgeBase;
import org.amity.signal.Situation;
import org.amity.storage.Storage;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity recommend}: principle-checked response options for a situation. */
@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    description =
        "Propose the regional instruments that could act on a situation, checked against the ARF"
            + " principles of preventive diplomacy, with who must consent.")
final class RecommendCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Mixin KbOptions kbOptions;

  @ArgGroup(multiplicity = "1")
  Input input;

  static final class Input {
    @Option(names = "--situation", paramLabel = "ID", description = "A stored situation's id.")
    String situation;

    @Option(names = "--input", paramLabel = "FILE", description = "A situation as a JSON file.")
    Path file;
  }

  @Option(
      names = "--lens",
      defaultValue = "broad",
      description = "narrow (proximate diplomacy only) or broad (default: ${DEFAULT-VALUE}).")
  Lens lens;

  @Option(
      names = "--label",
      defaultValue = "pd",
      description = "pd, or functional to avoid the words 'preventive diplomacy'.")
  Label label;

  @Option(names = "--top", defaultValue = "10", description = "Options to show (default 10).")
  int top;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (top < 1) {
      throw new IllegalArgumentException("--top must be at least 1");
    }
    KnowledgeBase kb = kbOptions.load();
    Recommendation r = recommendation(kb);
    if (json) {
      System.out.println(Json.write(ResponseJson.recommendation(r, top)));
    } else {
      print(r);
    }
    return 0;
  }

  private Recommendation recommendation(KnowledgeBase kb) throws Exception {
    if (input.file != null) {
      if (!Files.isRegularFile(input.file)) {
        throw new IllegalArgumentException("no such file: " + input.file);
      }
      SituationProfile s = new SituationReader(kb).read(input.file);
      return new MeasureRecommender(kb, CasePrecedents.standard(kb)).recommend(s, lens, label);
    }
    long key;
    try {
      key = Long.parseLong(input.situation.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--situation takes a number, not '" + input.situation + "'");
    }
    // the one path the API and the report take too (SituationAdvice)
    try (Storage st = store.open()) {
      Situation found =
          st.signals()
              .situation(key)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "no situation "
                              + input.situation
                              + " in "
                              + store.path()
                              + " (see amity situations)"));
      return SituationAdvice.recommend(
          found, st.signals(), kb, CasePrecedents.standard(kb), lens, label);
    }
  }

  private void print(Recommendation r) {
    SituationProfile s = r.situation();
    System.out.printf(
        Locale.ROOT,
        "Situation: %s %s, %s, %s at %s stage (lens %s)%n",
        String.join("-", s.parties()),
        s.threatTypes().stream().map(t -> t.id()).sorted().toList(),
        s.domainKnown() ? s.domain().id() : "sea or land unknown",
        s.level().id(),
        s.stage().id(),
        r.lens().id());
    System.out.println("  options drawn from " + r.knowledgeBase().words());
    r.notes().forEach(n -> System.out.println("  note: " + n));
    for (RankedOption o : r.top(top)) {
      System.out.printf(
          Locale.ROOT,
          "%n%d. %s: %s  score %.3f  [%s]%n",
          o.rank(),
          o.instrument().name(),
          o.measure().name(),
          o.score(),
          o.readiness().level().id());
      System.out.printf(
          Locale.ROOT,
          "   fit %.2f  coverage %.2f  domain %.2f  mandate %.2f  readiness %.2f  acceptability %.2f"
              + "  great-power %.2f%n",
          o.factors().functionFit(),
          o.factors().coverage(),
          o.factors().domain(),
          o.factors().mandate(),
          o.factors().readiness(),
          o.factors().acceptability(),
          o.factors().greatPower());
      System.out.println(
          "   consent: "
              + (o.consentRequired().isEmpty() ? "none beyond membership" : o.consentRequired())
              + " ("
              + o.consentReason()
              + ")");
      o.flags().forEach(f -> System.out.println("   ! " + f));
      o.precedents().forEach(p -> System.out.println("   precedent: " + precedent(p)));
      if (o.precedents().isEmpty() && o.documentedUses() > 0) {
        System.out.println("   precedent: " + noClosePrecedent(o.documentedUses()));
      }
      for (PrincipleCheck p : o.principles()) {
        if (p.result() != org.amity.response.CheckResult.PASS) {
          System.out.printf(
              Locale.ROOT,
              "   %d %s: %s (%s)%n",
              p.number(),
              p.principle(),
              p.result().id(),
              p.reason());
        }
      }
    }
    System.out.printf(Locale.ROOT, "%n%d option(s) excluded", r.excluded().size());
    System.out.println(r.excluded().isEmpty() ? "" : ":");
    r.excluded()
        .forEach(
            e ->
                System.out.println(
                    "  - " + e.instrument().id() + " / " + e.measure().id() + ": " + e.reason()));
  }

  /**
   * "none close (3 documented uses, none with the same threat type and a shared theme or party)":
   * an option whose instrument was used, but in no situation like this one.
   */
  static String noClosePrecedent(int uses) {
    return "none close ("
        + uses
        + (uses == 1 ? " documented use" : " documented uses")
        + ", none with the same threat type and a shared theme or party)";
  }

  /** "Scarborough Shoal standoff (2012): same threat type: inter-state; ..." */
  static String precedent(Precedent p) {
    return p.title()
        + " ("
        + p.year()
        + ")"
        + (p.alike().isEmpty()
            ? ": used there, otherwise unlike"
            : ": " + String.join("; ", p.alike()))
        + " [source "
        + p.source()
        + "]";
  }
}
