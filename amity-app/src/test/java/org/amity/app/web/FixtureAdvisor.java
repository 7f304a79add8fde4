package org.amity.app.web;

import java.util.List;
import java.util.Map;
import org.amity.signal.Situation;

/**
 * A test double in the shape of the recommender's JSON (issue 4), so the browser test can check
 * that the situation page and the knowledge-base browser render options, principle checks, consent,
 * exclusions and filters. Production servers get {@link ResponseAdvisor#absent()} until the real
 * recommender is wired.
 */
final class FixtureAdvisor implements ResponseAdvisor {
  @Override
  public Object recommend(Situation s, String lens, String label) {
    Map<String, Object> hotline =
        Map.of(
            "instrument", Map.of("id", "adi-hotline", "name", "ASEAN defence hotline"),
            "measure", Map.of("id", "hotline-use", "name", "Hotline use"),
            "score", 0.82,
            "factors", Map.of("functionFit", 1.0, "coverage", 1.0),
            "consentRequired", s.parties(),
            "principles",
                List.of(
                    Map.of("principle", "non-coercive", "result", "pass", "reason", "talks only"),
                    Map.of(
                        "principle",
                        "consent",
                        "result",
                        "warning",
                        "reason",
                        "needs both ministers")));
    Map<String, Object> excluded =
        Map.of(
            "instrument", Map.of("id", "sanctions", "name", "Economic sanctions"),
            "measure", Map.of("id", "sanctions", "name", "Sanctions"),
            "reason", "coercive: breaks principle 2 (non-coercive)");
    return Map.of(
        "situation",
        s.id(),
        "lens",
        lens,
        "options",
        List.of(hotline),
        "excluded",
        List.of(excluded),
        "countryNames",
        org.amity.app.json.ResponseJson.countryNames(s.parties()));
  }

  @Override
  public Object knowledgeBase() {
    return Map.of(
        "instruments",
        List.of(
            Map.of(
                "id",
                "recaap-isc",
                "name",
                "ReCAAP ISC",
                "year",
                2006,
                "functions",
                List.of("EW"),
                "threatTypes",
                List.of("trans-state"),
                "parties",
                List.of("SGP", "PHL", "THA"),
                "readiness",
                "active",
                "binding",
                false),
            Map.of(
                "id",
                "tac-high-council",
                "name",
                "TAC High Council",
                "year",
                2001,
                "functions",
                List.of("CR"),
                "threatTypes",
                List.of("inter-state"),
                "parties",
                List.of("IDN", "MYS", "PHL", "SGP", "THA"),
                "readiness",
                "never used",
                "binding",
                false)));
  }

  @Override
  public boolean available() {
    return true;
  }
}
