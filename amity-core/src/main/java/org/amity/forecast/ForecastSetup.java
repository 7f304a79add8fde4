package org.amity.forecast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.amity.forecast.backtest.CaseModel;
import org.amity.forecast.backtest.Panel;
import org.amity.forecast.escalation.EscalationPanel;
import org.amity.forecast.ewp.EwpPanel;
import org.amity.forecast.model.BoostedCounts;
import org.amity.forecast.model.BoostedTrees;
import org.amity.forecast.model.ElasticNetLogit;
import org.amity.forecast.model.EventModel;
import org.amity.forecast.model.PoissonRegression;
import org.amity.forecast.piracy.IncidentCounts;
import org.amity.forecast.piracy.PiracyPanel;
import org.amity.forecast.rates.FeatureSet;
import org.amity.forecast.ucdp.UcdpPanel;

/**
 * A validated forecasting request: which target, model, horizon and variant, and where the data
 * are. Checked before anything is read, so bad usage fails with a clear message.
 *
 * @param target ewp, ucdp, piracy, escalation or deaths (province-months of UCDP GED)
 * @param model logit, gbt, ensemble (the mean of both; events only; counts: logit means the Poisson
 *     regression) or offset (the logit with the world's recent onset rate as an offset; ewp and
 *     ucdp with the rate features only)
 * @param horizon periods ahead (years: 1 or 2; months: 1)
 * @param variant ucdp: onset or war; ewp: ewp-label or horizon-label; piracy: imb or asam
 * @param dataDir the shared data folder
 */
public record ForecastSetup(
    String target, String model, int horizon, String variant, Path dataDir) {
  public ForecastSetup {
    target = target.toLowerCase(Locale.ROOT);
    model = model.toLowerCase(Locale.ROOT);
    if (!java.util.List.of("ewp", "ucdp", "piracy", "escalation", "deaths").contains(target)) {
      throw new IllegalArgumentException(
          "unknown target '" + target + "': use ewp, ucdp, piracy, escalation or deaths");
    }
    if (!java.util.List.of("logit", "gbt", "ensemble", "offset").contains(model)) {
      throw new IllegalArgumentException(
          "unknown model '" + model + "': use logit, gbt, ensemble or offset");
    }
    if (model.equals("offset") && !target.equals("ewp") && !target.equals("ucdp")) {
      throw new IllegalArgumentException(
          "the offset model (the world's onset rate as an offset) is for the ewp and ucdp targets,"
              + " not "
              + target);
    }
    if (model.equals("ensemble") && target.equals("piracy")) {
      throw new IllegalArgumentException(
          "the ensemble is for event targets; piracy counts use logit (Poisson) or gbt");
    }
    boolean yearly = target.equals("ewp") || target.equals("ucdp");
    if (yearly ? horizon != 1 && horizon != 2 : horizon != 1) {
      throw new IllegalArgumentException(
          target + " supports horizon " + (yearly ? "1 or 2 (years)" : "1 (month)"));
    }
    variant = variant == null ? defaultVariant(target) : variant.toLowerCase(Locale.ROOT);
    if (!allowed(target).contains(variant)) {
      throw new IllegalArgumentException(
          "target " + target + " has variants " + allowed(target) + ", not '" + variant + "'");
    }
    if (!Files.isDirectory(dataDir)) {
      throw new IllegalArgumentException("data folder " + dataDir + " does not exist");
    }
  }

  private static String defaultVariant(String target) {
    return switch (target) {
      case "ewp" -> "ewp-label";
      case "ucdp" -> "onset";
      case "piracy" -> "imb";
      case "deaths" -> "ged";
      default -> "icews";
    };
  }

  private static java.util.List<String> allowed(String target) {
    return switch (target) {
      case "ewp" -> java.util.List.of("ewp-label", "horizon-label");
      case "ucdp" -> java.util.List.of("onset", "war");
      case "piracy" -> java.util.List.of("imb", "asam", "merged");
      case "deaths" -> java.util.List.of("ged");
      default -> java.util.List.of("icews");
    };
  }

  /** True for count targets (scored with MAE and CRPS). */
  public boolean counts() {
    return target.equals("piracy");
  }

  public Panel panel() throws IOException {
    return panel(FeatureSet.BASE);
  }

  /**
   * The target's panel with a feature set; {@code rates} (the onset-rate features) is for the
   * country-year targets, ewp and ucdp.
   */
  public Panel panel(FeatureSet featureSet) throws IOException {
    if (featureSet != FeatureSet.BASE && !target.equals("ewp") && !target.equals("ucdp")) {
      throw new IllegalArgumentException(
          "--features " + featureSet.label() + " is for the ewp and ucdp targets, not " + target);
    }
    if (model.equals("offset") && featureSet != FeatureSet.RATES) {
      throw new IllegalArgumentException(
          "--model offset reads the world's onset rate from the rate features: add --features"
              + " rates");
    }
    return switch (target) {
      case "ewp" ->
          EwpPanel.read(
              dataDir.resolve("ewp-statrisk-2025"),
              horizon,
              variant.equals("ewp-label"),
              featureSet);
      case "ucdp" ->
          UcdpPanel.read(
              dataDir,
              variant.equals("war") ? UcdpPanel.Event.WAR : UcdpPanel.Event.ONSET,
              horizon,
              featureSet);
      case "piracy" -> {
        if (variant.equals("merged")) {
          throw new IllegalArgumentException(
              "piracy variant 'merged' (one report per incident, as the ingest merges them) needs the"
                  + " store:"
                  + " add --from-store");
        }
        yield PiracyPanel.read(
            dataDir.resolve("piracy"),
            IncidentCounts.Source.valueOf(variant.toUpperCase(Locale.ROOT)));
      }
      case "deaths" -> org.amity.forecast.deaths.DeathsPanel.read(dataDir.resolve("ucdp-ged"));
      default -> EscalationPanel.read(dataDir.resolve("icews-scs-dyad-month"));
    };
  }

  /**
   * The panel from the store instead of the shared files: piracy from the stored piracy events,
   * escalation from the imported dyad-month series, deaths from the stored UCDP GED events.
   */
  public Panel panelFromStore(
      org.amity.forecast.piracy.PiracyMonthCounts piracy,
      org.amity.forecast.escalation.DyadMonthImports dyadMonths,
      org.amity.forecast.deaths.GedMonthDeaths ged,
      String store) {
    java.util.Map<String, Path> files = new java.util.LinkedHashMap<>();
    Panel p =
        switch (target) {
          case "piracy" -> PiracyPanel.fromStore(piracy, variant, files);
          case "escalation" ->
              EscalationPanel.build(
                  org.amity.forecast.escalation.StoreDyadMonths.read(dyadMonths), files);
          case "deaths" ->
              org.amity.forecast.deaths.DeathsPanel.build(
                  org.amity.forecast.deaths.ProvinceDeaths.of(ged), files);
          default ->
              throw new IllegalArgumentException(
                  "--from-store is for the piracy, escalation and deaths targets");
        };
    p.notes().put("store", store);
    return p;
  }

  public CaseModel caseModel() {
    if (counts()) {
      return model.equals("gbt")
          ? new BoostedCounts(BoostedTrees.Settings.standard())
          : new PoissonRegression(1e-3);
    }
    return new EventModel(
        switch (model) {
          case "gbt" -> new BoostedTrees(BoostedTrees.Settings.standard());
          case "ensemble" -> org.amity.forecast.model.Ensemble.standard();
          case "offset" -> new org.amity.forecast.model.OffsetLogit(ElasticNetLogit.Settings.ewp());
          default -> new ElasticNetLogit(ElasticNetLogit.Settings.ewp());
        });
  }
}
