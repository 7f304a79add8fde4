package org.amity.forecast.ewp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.forecast.backtest.Case;
import org.amity.forecast.backtest.Panel;
import org.amity.forecast.data.CsvTable;
import org.amity.forecast.rates.FeatureSet;
import org.amity.forecast.rates.OnsetRates;

/**
 * The Early Warning Project's mass-killing panel as a backtest target. Features are EWP's 39
 * prepared predictors, measured in the year the forecast is made; the model learns EWP's label,
 * onset of a state-led mass killing in the next year or the one after ({@code mk_onset_1or2}, known
 * two years after the feature year). The scored outcome is onset in the next year (horizon 1) or in
 * either of the next two (horizon 2). The published forecast of each case is EWP's fully
 * out-of-sample risk made from the same feature year ({@code risk_prev} of the following year).
 *
 * <p>The predictors file records no onset as 0 even for years after its last year, so every label
 * that would reach past the last year in the file is treated as unknown here.
 */
public final class EwpPanel {
  public static final String PREDICTORS = "prepared2024predictors-2025-09-03.csv";
  public static final String PUBLISHED = "FOOSforecasts_3Sep2025.csv";
  public static final String LATEST = "forecasts3Sep2025.csv";

  /** EWP's predictors, in the order of its model. */
  public static final String[] FEATURES = {
    "widetargeting",
    "narrowtargeting",
    "v2csgender_binary",
    "v2mecenefm_binary",
    "partyban.new.0",
    "partyban.new.1",
    "partyban.new.2",
    "minorityrule",
    "judicialreform",
    "religiousfreedom",
    "pol_killing_approved",
    "freediscussion",
    "social_inequality",
    "even_civilrights",
    "repress_civilsoc",
    "social_power_dist",
    "ses_power_dist",
    "popsize.log2",
    "gdppcgrowth",
    "un_imr_sqrt",
    "efindex",
    "discrimpop",
    "reg.na",
    "reg.eap",
    "reg.sca",
    "reg.mna",
    "reg.eur",
    "ios.iccpr1",
    "battledeaths.log2",
    "coup.try.5yr",
    "mk_ongoing_count_log2",
    "mean_mk_onset_interaction",
    "mk_onset_prev_year",
    "newcountry",
    "mk_ever",
    "year_sq",
    "year",
    "countryage.new.log2",
    "includesnonstate"
  };

  private EwpPanel() {}

  /**
   * Builds the panel from the EWP folder for horizon 1 or 2.
   *
   * @param ewpLabel true to learn EWP's own label (onset within two years, as published: the
   *     reproduction); false to learn the scored outcome itself (onset at the horizon), which is
   *     known a year sooner for horizon 1
   */
  public static Panel read(Path dir, int horizon, boolean ewpLabel) throws IOException {
    return read(dir, horizon, ewpLabel, FeatureSet.BASE);
  }

  /**
   * Builds the panel from the EWP folder with a feature set: {@code rates} adds the onset-rate
   * features ({@link OnsetRates}) of mass-killing onsets to EWP's 39 predictors.
   */
  public static Panel read(Path dir, int horizon, boolean ewpLabel, FeatureSet featureSet)
      throws IOException {
    if (horizon != 1 && horizon != 2) {
      throw new IllegalArgumentException("EWP horizon must be 1 or 2 years, not " + horizon);
    }
    List<EwpPredictors.Row> rows = EwpPredictors.read(dir.resolve(PREDICTORS));
    Map<String, Double> published = publishedRisk(CsvTable.read(dir.resolve(PUBLISHED)));
    Map<String, Path> files = new LinkedHashMap<>();
    files.put(PREDICTORS, dir.resolve(PREDICTORS));
    files.put(PUBLISHED, dir.resolve(PUBLISHED));
    return build(rows, published, horizon, ewpLabel, featureSet, files);
  }

  /**
   * The panel from EWP's rows and published risks ("name|year" scored, as {@code risk_prev}); no
   * file is read.
   */
  public static Panel build(
      List<EwpPredictors.Row> rows,
      Map<String, Double> published,
      int horizon,
      boolean ewpLabel,
      FeatureSet featureSet,
      Map<String, Path> files)
      throws IOException {
    OnsetRates rates = featureSet == FeatureSet.RATES ? rates(rows) : null;
    int last = rows.stream().mapToInt(EwpPredictors.Row::year).max().orElseThrow();
    List<Case> cases = new ArrayList<>();
    for (EwpPredictors.Row r : rows) {
      int y = r.year();
      double outcome =
          y + horizon <= last ? (horizon == 1 ? r.onsetNext() : r.onsetNextTwo()) : Double.NaN;
      double trainLabel = ewpLabel ? (y + 2 <= last ? r.onsetNextTwo() : Double.NaN) : outcome;
      cases.add(
          new Case(
              r.name(),
              EwpNames.display(r.name()),
              y,
              features(r, rates),
              trainLabel,
              outcome,
              r.onset(),
              published.getOrDefault(r.name() + "|" + (y + 1), Double.NaN)));
    }
    int firstPublished =
        published.keySet().stream()
            .mapToInt(k -> Integer.parseInt(k.substring(k.lastIndexOf('|') + 1)))
            .min()
            .orElseThrow(() -> new IOException(PUBLISHED + " has no forecast"));
    Map<String, String> notes = new LinkedHashMap<>();
    notes.put(
        "trainLabel",
        ewpLabel
            ? "mk_onset_1or2: onset of a state-led mass killing in t+1 or t+2 (EWP's label)"
            : "the scored outcome itself");
    notes.put(
        "outcome",
        horizon == 1 ? "mk_onset_1: onset in t+1" : "mk_onset_1or2: onset in t+1 or t+2");
    notes.put("published", "EWP fully out-of-sample risk_prev (FOOS), same feature year");
    notes.put("featureSet", featureSet.label());
    return new Panel(
        "ewp",
        "country",
        "year",
        horizon,
        ewpLabel ? 2 : horizon,
        featureSet.names(FEATURES),
        cases,
        firstPublished - 1,
        "Early Warning Project FOOS forecasts",
        false,
        files,
        notes);
  }

  /** A row's features: the 39 predictors, plus the rate features when {@code rates} is given. */
  private static double[] features(EwpPredictors.Row r, OnsetRates rates) {
    double[] x = r.complete() ? r.x() : null;
    return rates == null ? x : rates.extend(x, r.name(), OnsetRates.continent(r.ccode()), r.year());
  }

  /** Mass-killing onsets of every country-year in the file (each one at risk), as rates. */
  static OnsetRates rates(List<EwpPredictors.Row> rows) {
    List<OnsetRates.UnitYear> h = new ArrayList<>(rows.size());
    for (EwpPredictors.Row r : rows) {
      h.add(
          new OnsetRates.UnitYear(
              r.name(), OnsetRates.continent(r.ccode()), r.year(), true, r.onset() > 0.5));
    }
    return OnsetRates.of(h);
  }

  /** EWP's out-of-sample risk keyed "name|year" (the year the onset is scored). */
  private static Map<String, Double> publishedRisk(CsvTable foos) {
    int name = foos.column("ewp_name");
    int year = foos.column("year");
    int risk = foos.column("risk_prev");
    Map<String, Double> m = new HashMap<>();
    for (int r = 0; r < foos.size(); r++) {
      double v = foos.number(r, risk);
      if (!Double.isNaN(v)) {
        m.put(foos.get(r, name) + "|" + (int) foos.number(r, year), v);
      }
    }
    return m;
  }
}
