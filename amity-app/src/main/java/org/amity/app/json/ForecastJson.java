package org.amity.app.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.amity.forecast.ForecastMeaning;
import org.amity.forecast.backtest.Panel;
import org.amity.forecast.ewp.EwpRanking;
import org.amity.forecast.store.ForecastStore;

/**
 * Stored forecast runs as JSON-ready maps, the same for {@code amity forecast list --json} and for
 * {@code /api/v1/forecasts}: each run with what its numbers mean, its calibration and its track
 * record (scores of the model beside the baselines, reliability bins), and a run's unit forecasts.
 */
public final class ForecastJson {
  private static final ObjectMapper READER = new ObjectMapper();

  private ForecastJson() {}

  /** A run as listed: what, when, which model and calibration, and its scores out of time. */
  public static Map<String, Object> run(
      ForecastStore.Listed l, Optional<ForecastStore.Evaluation> evaluation) {
    ForecastStore.Run r = l.run();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("runId", r.runId());
    m.put("target", r.target());
    m.put("title", ForecastMeaning.title(r.target()));
    m.put("model", r.model());
    m.put("origin", period(r.origin(), r.periodKind()));
    m.put("horizon", r.horizon());
    m.put("periodKind", r.periodKind());
    m.put("period", l.period());
    m.put("valueKind", r.valueKind());
    m.put(
        "meaning",
        l.period() == null
            ? null
            : ForecastMeaning.of(r.target(), l.period(), caveat(r.provenanceJson())));
    m.put("createdAt", l.createdAt());
    m.put("units", l.units());
    m.put("calibration", calibration(r.provenanceJson()));
    m.put("evaluation", evaluation.map(e -> evaluation(e, r.periodKind(), false)).orElse(null));
    return m;
  }

  /**
   * A run in full: the listing, its provenance, its forecasts (with EWP's published rank beside
   * each where EWP ranks the same years), its reliability bins, and {@code published} (EWP's
   * ranking set beside it) or {@code publishedMissing} (why an ewp run has none).
   */
  public static Map<String, Object> detail(
      ForecastStore.Listed l,
      Optional<ForecastStore.Evaluation> evaluation,
      List<ForecastStore.UnitForecast> forecasts,
      ForecastYear.Published published) {
    Map<String, Object> m = run(l, Optional.empty());
    m.put(
        "evaluation", evaluation.map(e -> evaluation(e, l.run().periodKind(), true)).orElse(null));
    m.put("forecasts", units(forecasts, published.ranking(), evaluation));
    m.put("published", published.json());
    m.put("publishedMissing", published.missing());
    m.put("provenance", parse(l.run().provenanceJson()));
    return m;
  }

  /**
   * One unit's forecast; the interval's ends are null when the run has none. {@code
   * pastAtThisLevel} is the backtest's reliability bin the probability falls in (its range, cases,
   * how many saw the event and the observed rate), so a reader sees how forecasts of that size
   * turned out before; null for counts or a run stored without its track record.
   */
  public static Map<String, Object> unit(
      ForecastStore.UnitForecast u, Optional<ForecastStore.Evaluation> evaluation) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rank", u.rank());
    m.put("unit", u.unit());
    m.put("name", u.name());
    m.put("period", u.period());
    m.put("value", round(u.value()));
    m.put("low", round(u.low()));
    m.put("high", round(u.high()));
    m.put(
        "pastAtThisLevel",
        evaluation.flatMap(e -> e.modelBinOf(u.value())).map(ForecastJson::bin).orElse(null));
    return m;
  }

  /**
   * The forecasts as JSON rows; a unit with EWP's published entry for the same years adds {@code
   * publishedRank}, {@code publishedRisk} and {@code publishedPeriod} (the years EWP's risk
   * covers).
   */
  public static List<Map<String, Object>> units(
      List<ForecastStore.UnitForecast> rows,
      EwpRanking published,
      Optional<ForecastStore.Evaluation> evaluation) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ForecastStore.UnitForecast r : rows) {
      Map<String, Object> m = unit(r, evaluation);
      EwpRanking.Entry e = published.entry(r.unit(), r.period());
      if (e != null) {
        m.put("publishedRank", e.rank());
        m.put("publishedRisk", e.risk());
        m.put("publishedPeriod", published.period());
      }
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> bin(ForecastStore.Reliability b) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("from", b.low());
    x.put("to", b.high());
    x.put("cases", b.cases());
    x.put("events", b.events());
    x.put("observedRate", round(b.observedRate()));
    return x;
  }

  /**
   * "4 of 15 came true (27%)", "45 of 1470 came true (3.1%)": how the backtest's forecasts in the
   * bin of {@code p} turned out; null when there is no bin (counts, or no track record).
   */
  public static String pastInWords(Optional<ForecastStore.Evaluation> evaluation, double p) {
    return evaluation
        .flatMap(e -> e.modelBinOf(p))
        .map(
            b ->
                b.cases() == 0
                    ? "no past forecast at this level"
                    : String.format(
                        Locale.ROOT,
                        b.observedRate() < 0.1
                            ? "%d of %d came true (%.1f%%)"
                            : "%d of %d came true (%.0f%%)",
                        b.events(),
                        b.cases(),
                        100 * b.observedRate()))
        .orElse(null);
  }

  private static Map<String, Object> evaluation(
      ForecastStore.Evaluation e, String periodKind, boolean bins) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("calibrator", e.calibrator());
    m.put(
        "origins",
        period(e.firstOrigin(), periodKind) + " to " + period(e.lastOrigin(), periodKind));
    m.put("cases", e.cases());
    m.put("events", e.events());
    Map<String, Object> scores = new LinkedHashMap<>();
    e.scores()
        .forEach(
            (who, s) -> {
              Map<String, Object> x = new LinkedHashMap<>();
              s.forEach((k, v) -> x.put(k, round(v)));
              scores.put(who, x);
            });
    m.put("scores", scores);
    Map<String, String> better = new LinkedHashMap<>();
    e.scores()
        .getOrDefault("model", Map.of())
        .keySet()
        .forEach(k -> better.put(k, k.equals("auc") || k.equals("ap") ? "higher" : "lower"));
    m.put("betterWhen", better);
    if (bins) {
      List<Map<String, Object>> out = new ArrayList<>();
      for (ForecastStore.Reliability b : e.reliability()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("forecaster", b.forecaster());
        x.put("from", b.low());
        x.put("to", b.high());
        x.put("cases", b.cases());
        x.put("meanForecast", round(b.meanForecast()));
        x.put("events", b.events());
        x.put("observedRate", round(b.observedRate()));
        out.add(x);
      }
      m.put("reliability", out);
    }
    return m;
  }

  /**
   * The backtest's base rate: the share of scored cases with the event, or for counts the mean
   * count per case; NaN without cases.
   */
  public static double baseRate(ForecastStore.Evaluation e) {
    return e.cases() == 0 ? Double.NaN : e.events() / e.cases();
  }

  /** The run's caveat ({@code Panel.CAVEAT} of its provenance), or null. */
  public static String caveat(String provenance) {
    JsonNode p = parse(provenance);
    return p == null ? null : p.path(Panel.CAVEAT).asText(null);
  }

  /** The calibration the run's forecasts went through, from its provenance. */
  private static Map<String, Object> calibration(String provenance) {
    JsonNode p = parse(provenance);
    Map<String, Object> m = new LinkedHashMap<>();
    String method = p == null ? null : p.path("calibrator").asText(null);
    m.put("method", method == null ? "none" : method);
    JsonNode map = p == null ? null : p.get("calibration");
    m.put("a", map == null || !map.has("a") ? null : map.get("a").asDouble());
    m.put("b", map == null || !map.has("b") ? null : map.get("b").asDouble());
    return m;
  }

  private static JsonNode parse(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try {
      return READER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored forecast run has malformed provenance", e);
    }
  }

  /** A period index as people read it: 2024, or 2019-03 for month indices. */
  public static String period(int p, String periodKind) {
    return periodKind.equals("month")
        ? String.format(Locale.ROOT, "%04d-%02d", p / 12, p % 12 + 1)
        : Integer.toString(p);
  }

  private static Double round(double v) {
    return Double.isNaN(v) ? null : Math.round(v * 1e6) / 1e6;
  }
}
