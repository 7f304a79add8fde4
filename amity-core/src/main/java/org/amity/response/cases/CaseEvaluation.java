package org.amity.response.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.amity.response.Label;
import org.amity.response.Lens;
import org.amity.response.MeasureRecommender;
import org.amity.response.RankedOption;
import org.amity.response.Recommendation;
import org.amity.response.kb.KnowledgeBase;

/**
 * Replays documented cases through the recommender, each with the knowledge base as it stood in the
 * case's year, and reports how often an instrument actually used is among the instruments of the
 * top three options (and where the first one used is ranked).
 */
public final class CaseEvaluation {
  public static final int TOP = 3;

  private CaseEvaluation() {}

  /**
   * One case's outcome.
   *
   * @param topInstruments the instrument ids of the top three options
   * @param firstUsedRank the rank of the first option whose instrument was used, 0 if none ranked
   */
  public record Outcome(
      DocumentedCase documented, boolean hit, List<String> topInstruments, int firstUsedRank) {}

  /** All outcomes and the hit count. */
  public record Report(Lens lens, List<Outcome> outcomes) {
    public long hits() {
      return outcomes.stream().filter(Outcome::hit).count();
    }

    public double hitRate() {
      return outcomes.isEmpty() ? 0 : hits() / (double) outcomes.size();
    }

    /** Cases where an instrument actually used is ranked first. */
    public long firstRanked() {
      return outcomes.stream().filter(o -> o.firstUsedRank() == 1).count();
    }

    /** The same report restricted to one batch of cases, in the order they were read. */
    public Report batch(String batch) {
      return new Report(
          lens, outcomes.stream().filter(o -> o.documented().batch().equals(batch)).toList());
    }

    /** The batches present, in the order first met. */
    public List<String> batches() {
      return outcomes.stream().map(o -> o.documented().batch()).distinct().toList();
    }
  }

  public static Report run(KnowledgeBase kb, List<DocumentedCase> cases, Lens lens) {
    List<Outcome> out = new ArrayList<>();
    for (DocumentedCase c : cases) {
      Recommendation r =
          new MeasureRecommender(kb.asOf(c.year())).recommend(c.situation(), lens, Label.PD);
      Set<String> top = new LinkedHashSet<>();
      for (RankedOption o : r.top(TOP)) {
        top.add(o.instrument().id());
      }
      int first = 0;
      for (RankedOption o : r.options()) {
        if (c.used().contains(o.instrument().id())) {
          first = o.rank();
          break;
        }
      }
      boolean hit = top.stream().anyMatch(c.used()::contains);
      out.add(new Outcome(c, hit, List.copyOf(top), first));
    }
    return new Report(lens, out);
  }
}
