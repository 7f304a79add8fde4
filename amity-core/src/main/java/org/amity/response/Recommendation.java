package org.amity.response;

import java.util.List;

/**
 * What the recommender proposes for a situation: ranked options, the options it excluded and why,
 * and notes on the situation as a whole (great-power involvement, intra-state consent...), and
 * which knowledge base the options were drawn from.
 */
public record Recommendation(
    SituationProfile situation,
    Lens lens,
    Label label,
    List<RankedOption> options,
    List<ExcludedOption> excluded,
    List<String> notes,
    KnowledgeBaseDate knowledgeBase) {

  public Recommendation {
    knowledgeBase = knowledgeBase == null ? KnowledgeBaseDate.today() : knowledgeBase;
    options = List.copyOf(options);
    excluded = List.copyOf(excluded);
    notes = List.copyOf(notes);
  }

  /** The same recommendation, saying why its knowledge base is the one it is. */
  public Recommendation knowledgeBaseBecause(String why) {
    return new Recommendation(
        situation, lens, label, options, excluded, notes, knowledgeBase.because(why));
  }

  /** The same recommendation with one more note on the situation, first. */
  public Recommendation withNote(String note) {
    List<String> more = new java.util.ArrayList<>();
    more.add(note);
    more.addAll(notes);
    return new Recommendation(situation, lens, label, options, excluded, more, knowledgeBase);
  }

  /** The first {@code n} options. */
  public List<RankedOption> top(int n) {
    return options.subList(0, Math.min(n, options.size()));
  }
}
