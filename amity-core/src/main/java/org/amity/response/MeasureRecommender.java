package org.amity.response;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.amity.response.kb.Instrument;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.kb.MeasureType;
import org.amity.response.kb.Offer;
import org.amity.response.kb.Readiness;
import org.amity.response.kb.View;

/**
 * Proposes the regional instruments and measures that could act on a situation, checked against the
 * eight ARF principles, with who must consent and why. A pure function of the situation, the lens,
 * the label and the knowledge base: no I/O, no state, milliseconds per call, so the CLI, the demo
 * and the dashboard call it in-process.
 *
 * <p>Every offer of every instrument is a candidate. A candidate that fails a principle (coercive
 * measures always do) is excluded with the principles it breaks; one outside the lens is left out;
 * one whose instrument works only at sea (or only on land), or whose membership covers none of the
 * parties, is excluded with the reason. The rest are scored as a product of named factors ({@link
 * ScoreFactors}) and ranked: first the best option of each instrument, then the others, and never a
 * dormant or never-used instrument first.
 */
public final class MeasureRecommender {
  private final KnowledgeBase kb;
  private final PrecedentSource precedents;

  /** A recommender that cites no precedents (the case replay uses this one). */
  public MeasureRecommender(KnowledgeBase kb) {
    this(kb, PrecedentSource.NONE);
  }

  /**
   * @param precedents where the documented uses of each option's instrument come from; they are
   *     cited beside the option and never change its score
   */
  public MeasureRecommender(KnowledgeBase kb, PrecedentSource precedents) {
    this.kb = kb;
    this.precedents = precedents;
  }

  public static MeasureRecommender standard() {
    return new MeasureRecommender(KnowledgeBase.standard());
  }

  private record Scored(
      Candidate c,
      ScoreFactors factors,
      ConsentRule.Need consent,
      List<String> flags,
      List<PrincipleCheck> checks) {
    double score() {
      return factors.product();
    }
  }

  public Recommendation recommend(SituationProfile s, Lens lens, Label label) {
    Context x = Context.of(s, kb, lens, label);
    List<Scored> scored = new ArrayList<>();
    List<ExcludedOption> excluded = new ArrayList<>();
    int skipped = 0;
    for (Instrument i : kb.listInstruments()) {
      for (Offer o : i.offers()) {
        MeasureType m = kb.getMeasure(o.measure());
        Candidate c = new Candidate(i, o, m, i.readinessOf(o));
        Ref mref = new Ref(m.id(), x.phrasing().measureName(m));
        Membership.Coverage cov = Membership.of(c, x);
        List<PrincipleCheck> checks = PrincipleChecks.of(c, x, cov.uncovered());
        List<String> broken = broken(checks);
        if (!broken.isEmpty()) {
          String what = m.coercive() ? "coercive: " : "";
          excluded.add(
              new ExcludedOption(
                  c.instrumentRef(),
                  mref,
                  what + x.phrasing().notAcceptable() + "; breaks " + String.join(", ", broken),
                  broken));
        } else if (lens == Lens.NARROW && m.view() == View.BROAD) {
          skipped++;
        } else if (s.domainKnown() && !i.geography().contains(s.domain())) {
          excluded.add(
              new ExcludedOption(
                  c.instrumentRef(), mref, "works only " + where(i) + "", List.of()));
        } else if (cov.exclusion() != null) {
          excluded.add(new ExcludedOption(c.instrumentRef(), mref, cov.exclusion(), List.of()));
        } else {
          List<String> flags = new ArrayList<>(cov.flags());
          if (!s.domainKnown() && i.geography().size() == 1) {
            flags.add(
                "works only "
                    + where(i)
                    + ": whether the situation is at sea or on land is not known (its evidence"
                    + " carries no place)");
          }
          readinessFlag(c.readiness()).ifPresent(flags::add);
          mandateFlags(c, x, flags);
          ScoreFactors f = OptionScorer.score(c, x, cov.factor());
          scored.add(new Scored(c, f, ConsentRule.of(c, x), flags, checks));
        }
      }
    }
    List<RankedOption> options = rank(scored, x, precedents, kb.year());
    return new Recommendation(
        s,
        lens,
        label,
        options,
        excluded,
        Notes.of(x, skipped, options),
        new KnowledgeBaseDate(
            kb.year().isPresent() ? Integer.valueOf(kb.year().getAsInt()) : null, ""));
  }

  private static List<String> broken(List<PrincipleCheck> checks) {
    return checks.stream()
        .filter(p -> p.result() == CheckResult.FAIL)
        .map(p -> "principle " + p.number() + " (" + p.principle() + ")")
        .collect(Collectors.toList());
  }

  private static String where(Instrument i) {
    return i.geography().stream()
        .map(g -> g.id())
        .sorted()
        .collect(Collectors.joining(" and "))
        .replace("maritime", "at sea")
        .replace("land", "on land");
  }

  /**
   * Says why an option fits less: a great power would have to submit, the instrument was made for
   * other waters or other challenges, or a settlement by special agreement meets a situation with
   * no dispute between states.
   */
  private static void mandateFlags(Candidate c, Context x, List<String> flags) {
    Instrument i = c.instrument();
    if (OptionScorer.greatPowerMustSubmit(c, x)) {
      flags.add(
          "every party must agree to be bound, a great power among them: great powers party to the"
              + " region's disputes have kept them from binding settlement");
    }
    if (OptionScorer.outsideWaters(i, x)) {
      Instrument.Waters w = i.findWaters().orElseThrow();
      List<String> outside =
          x.parties().stream().filter(p -> !w.parties().contains(p)).sorted().toList();
      flags.add(
          "made for the disputes of "
              + w.area()
              + " among "
              + String.join(", ", w.parties().stream().sorted().toList())
              + "; "
              + String.join(", ", outside)
              + (outside.size() == 1 ? " is" : " are")
              + " outside them: counted as made for another challenge");
    }
    if (OptionScorer.noDisputeBetweenStates(c, x)) {
      flags.add(
          "a settlement the disputing states submit together: this situation is inside a state,"
              + " with no dispute between states to submit, so it is listed after the options that"
              + " fit");
    }
    if (OptionScorer.offMandate(i, x)) {
      flags.add(
          "made for "
              + String.join(", ", i.mandate().stream().sorted().toList())
              + ", and works in none of this situation's fields: listed after the options that"
              + " fit, whatever its membership");
    }
  }

  private static java.util.Optional<String> readinessFlag(Readiness r) {
    return switch (r.level()) {
      case ACTIVE -> java.util.Optional.empty();
      case LIMITED ->
          java.util.Optional.of("limited readiness: " + r.evidence() + " (" + r.date() + ")");
      case DORMANT, NEVER_USED ->
          java.util.Optional.of(
              r.level().id()
                  + ": "
                  + r.evidence()
                  + " ("
                  + r.date()
                  + "); it would have to be revived before it can act");
    };
  }

  /**
   * Best option of each instrument first (so the top of the list spans instruments), then the rest,
   * each part by score; options of instruments made for other challenges and working in none of the
   * situation's fields, and settlements by special agreement in a situation with no dispute between
   * states, come after all those, in the same order ({@link OptionScorer#listedLast}); a dormant or
   * never-used instrument is never put first.
   */
  private static List<RankedOption> rank(
      List<Scored> scored, Context x, PrecedentSource precedents, OptionalInt asOf) {
    scored.sort(
        Comparator.comparingDouble(Scored::score)
            .reversed()
            .thenComparing(sc -> sc.c().instrument().id())
            .thenComparing(sc -> sc.c().measure().id()));
    List<Scored> first = new ArrayList<>();
    List<Scored> rest = new ArrayList<>();
    List<Scored> offFirst = new ArrayList<>();
    List<Scored> offRest = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> seenLast = new HashSet<>();
    for (Scored sc : scored) {
      String id = sc.c().instrument().id();
      if (OptionScorer.listedLast(sc.c(), x)) {
        (seenLast.add(id) ? offFirst : offRest).add(sc);
      } else {
        (seen.add(id) ? first : rest).add(sc);
      }
    }
    first.addAll(rest);
    first.addAll(offFirst);
    first.addAll(offRest);
    for (int k = 0; k < first.size(); k++) {
      if (first.get(k).c().readiness().level().usable()) {
        first.add(0, first.remove(k));
        break;
      }
    }
    List<RankedOption> out = new ArrayList<>();
    for (Scored sc : first) {
      Candidate c = sc.c();
      out.add(
          new RankedOption(
              out.size() + 1,
              c.instrumentRef(),
              new Ref(c.measure().id(), x.phrasing().measureName(c.measure())),
              Math.round(sc.score() * 10000) / 10000.0,
              sc.factors(),
              sc.consent().states(),
              sc.consent().reason(),
              c.readiness(),
              sc.flags(),
              sc.checks(),
              asOf.isPresent()
                  ? precedents.nearest(c.instrument().id(), x.situation(), asOf.getAsInt())
                  : precedents.nearest(c.instrument().id(), x.situation()),
              precedents.uses(c.instrument().id(), asOf.orElse(Integer.MAX_VALUE))));
    }
    return out;
  }
}
