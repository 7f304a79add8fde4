package org.amity.app.web;

import org.amity.app.web.server.WebServer;
import org.amity.signal.Situation;

/**
 * What the dashboard needs from the response recommender: ranked and excluded options for a
 * situation, and the knowledge base it draws on. Both return JSON-ready objects (records, maps,
 * lists) in the shapes of the {@code amity recommend --json} and {@code amity kb list --json}
 * outputs, which the dashboard renders as they are.
 *
 * <p>The recommender lives on another branch; until it is merged the server is given {@link
 * #absent()}, which answers every call with {@link Unavailable} (the API turns that into 503
 * problem details). Wiring the real one is a constructor argument of {@link WebServer}.
 */
public interface ResponseAdvisor {

  /**
   * Options for one situation.
   *
   * @param lens "narrow" (proximate operational diplomacy only) or "broad" (also structural)
   * @param label "pd" or "functional" (the same options phrased as functional cooperation)
   */
  Object recommend(Situation situation, String lens, String label);

  /**
   * The same, reading the situation's alerts and evidence from {@code signals} (the API's path, the
   * one {@code amity recommend --situation} takes: {@code SituationAdvice}).
   */
  default Object recommend(
      Situation situation, org.amity.signal.SignalReader signals, String lens, String label) {
    return recommend(situation, lens, label);
  }

  /** The instruments, measures and norms of the knowledge base. */
  Object knowledgeBase();

  /**
   * One instrument in full (members, functions in words, readiness, offers, sources, documented
   * uses), empty when the knowledge base has no such instrument.
   */
  default java.util.Optional<Object> instrument(String id) {
    throw new Unavailable();
  }

  /** Whether the recommender is in this build (shown by the health route and the pages). */
  boolean available();

  /** The advisor of a build without the recommender: says so, and never invents options. */
  static ResponseAdvisor absent() {
    return new ResponseAdvisor() {
      @Override
      public Object recommend(Situation situation, String lens, String label) {
        throw new Unavailable();
      }

      @Override
      public Object knowledgeBase() {
        throw new Unavailable();
      }

      @Override
      public boolean available() {
        return false;
      }
    };
  }

  /** Thrown when the recommender is not part of this build. */
  final class Unavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Unavailable() {
      super(
          "recommender not available in this build: the response recommender (knowledge base and"
              + " principle-checked options) is not wired into this server yet");
    }
  }
}
