package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The shipped detectors on two design seeds, each a simulated year run through the whole chain
 * ({@code amity evaluate --seeds}): seed 21 meets every target of issue 14, and seed 24 (whose weak
 * episodes are explained in docs/signals.md) still catches every moderate and strong episode with
 * the precision wanted. A detector change that costs detections or adds false alerts fails here.
 * Design seeds 8, 10 and 12 (second round, run with the plain engine, which gives the same alerts)
 * had 0.45 to 0.64 false alerts per country-year before the seven-day lenses' watch limit was
 * raised; they must stay within every target. The unseen seeds (301-320 of the first round, now
 * seen, and 401-420 of the second) are deliberately not tested: they are for measuring, not for
 * tuning.
 */
class DesignSeedsDetectionIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void designSeedsOfTheFalseAlertRoundMeetEveryTarget() throws Exception {
    for (int seed : new int[] {8, 10, 12}) {
      Cli.Run one =
          Cli.run("evaluate", "--seeds", String.valueOf(seed), "--engine", "plain", "--json");
      assertThat(one.exit()).as(one.err()).isZero();
      JsonNode s = JSON.readTree(one.out()).get("seeds").get(0);
      assertThat(s.get("recall").asDouble()).as("recall, seed " + seed).isGreaterThanOrEqualTo(0.9);
      assertThat(s.get("precision").asDouble())
          .as("precision, seed " + seed)
          .isGreaterThanOrEqualTo(0.8);
      assertThat(s.get("falseAlertsPerCountryYear").asDouble())
          .as("false alerts per country-year, seed " + seed)
          .isLessThanOrEqualTo(0.3);
    }
  }

  private static JsonNode seed(int seed) throws Exception {
    Cli.Run r = Cli.run("evaluate", "--seeds", String.valueOf(seed), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out()).get("seeds").get(0);
  }

  @Test
  void seed21MeetsRecallPrecisionAndTheFalseAlertRate() throws Exception {
    JsonNode s = seed(21);
    assertThat(s.get("recall").asDouble()).isGreaterThanOrEqualTo(0.9);
    assertThat(s.get("precision").asDouble()).isGreaterThanOrEqualTo(0.8);
    assertThat(s.get("falseAlertsPerCountryYear").asDouble()).isLessThanOrEqualTo(0.3);
    assertThat(s.get("decoyAlerts").asInt()).isZero();
  }

  @Test
  void seed24MissesOnlyWeakEpisodesAndKeepsItsPrecision() throws Exception {
    JsonNode s = seed(24);
    assertThat(s.get("missed")).allSatisfy(m -> assertThat(m.asText()).contains(" weak "));
    assertThat(s.get("detected").asInt()).isGreaterThanOrEqualTo(8);
    assertThat(s.get("precision").asDouble()).isGreaterThanOrEqualTo(0.8);
    assertThat(s.get("decoyAlerts").asInt()).isZero();
  }
}
