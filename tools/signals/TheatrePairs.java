// Scratch driver of issue 14 (twentieth round), not part of the build: a land conflict area's
// seven-day material-conflict lens pooled with its country's seven-day lens (LENS, default
// material_conflict_7d) in the joint form of PooledLens (each part capped just under the allowance's
// share, so neither alone accumulates), the alert on the conflict area (scope theatre). The two
// lenses share events (the area's reports are its country's too), so their correlation on the
// design seeds' days is measured first and put into the spread. Run from the repository root:
//   java -cp JAR tools/signals/TheatrePairs.java 1-20 4,6,8 [LENS]
// Prints per seed and in total the shipped alerts' figures and those with the pooled alerts added
// at each limit (detected, false, seeds on all three), and each added false alert.
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.*;
import org.amity.event.ConflictArea;
import org.amity.pipeline.WatchJob;
import org.amity.signal.*;
import org.amity.signal.daily.*;
import org.amity.simulate.*;

public class TheatrePairs {
  public static void main(String[] args) throws Exception {
    String[] r = args[0].split("-");
    long from = Long.parseLong(r[0]), to = Long.parseLong(r.length > 1 ? r[1] : r[0]);
    double[] limits = Arrays.stream(args[1].split(",")).mapToDouble(Double::parseDouble).toArray();
    String countryLens = args.length > 2 ? args[2] : "material_conflict_7d";
    boolean history = Boolean.getBoolean("history");
    LocalDate scored = LocalDate.parse("2026-01-01");
    DetectorConfig cfg = DetectorConfig.standard();
    WatchJob.Options options = WatchJob.Options.standard();
    int k = limits.length + 1;
    int[] det = new int[k], fal = new int[k], all3 = new int[k], eps = new int[1];
    double sxy = 0, sxx = 0, syy = 0, sx = 0, sy = 0; long n = 0;
    for (long seed = from; seed <= to; seed++) {
      Path dir = Files.createTempDirectory("theatrepairs-" + seed + "-");
      SimulationResult res = new ScenarioSimulator(GdeltProfile.standard(),
          SimulationSettings.of(history ? 730 : 365, seed, LocalDate.parse("2025-01-01"), SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null)).writeTo(dir.resolve("files"), true);
      var table = SimulatedWatch.days(dir.resolve("files"), options.watchSet(), cfg.theatres());
      try (Stream<Path> w = Files.walk(dir)) { w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
      Truth truth = res.truth();
      Map<String, SeriesScores> lens = new HashMap<>();
      SeriesDetection.forEachSeries(cfg, table, (spec, sub, in) -> {
        if (in == null || in.volume() < spec.minSubjectVolume() || !options.alertsOn(sub.scope(), sub.name())) return;
        if (spec.name().equals("theatre_material_conflict_7d") || spec.name().equals(countryLens))
          lens.put(spec.name() + "|" + sub.name(), spec.score(in.periods(), in.numerator(), in.denominator()));
      });
      List<AlertRecord> shipped = SimulatedWatch.alerts(cfg, table, options::alertsOn);
      List<Object[]> pairs = new ArrayList<>(); // {theatre, dayZ pairs}
      for (ConflictArea a : ConflictArea.values()) {
        SeriesScores t = lens.get("theatre_material_conflict_7d|" + a.name());
        SeriesScores c = lens.get(countryLens + "|" + a.country());
        if (t == null || c == null) continue;
        Map<LocalDate, Integer> ic = new HashMap<>();
        for (int i = 0; i < c.size(); i++) if (!Double.isNaN(c.expected()[i])) ic.put(c.periods().get(i), i);
        List<LocalDate> days = new ArrayList<>(); List<double[]> zs = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
          Integer j = ic.get(t.periods().get(i));
          if (Double.isNaN(t.expected()[i]) || j == null) continue;
          days.add(t.periods().get(i)); zs.add(new double[] {t.scores()[i], c.scores()[j]});
          double x = t.scores()[i], y = c.scores()[j];
          sx += x; sy += y; sxx += x * x; syy += y * y; sxy += x * y; n++;
        }
        pairs.add(new Object[] {a.name(), days, zs});
      }
      double rho = n > 2 ? ((sxy / n) - (sx / n) * (sy / n)) / Math.sqrt(((sxx / n) - (sx / n) * (sx / n)) * ((syy / n) - (sy / n) * (sy / n))) : 0;
      rho = Math.max(0, rho);
      double spread = Math.sqrt(2 + 2 * rho), part = 1.5 * spread - 1e-9;
      StringBuilder line = new StringBuilder(String.format("seed %d (rho so far %.3f)", seed, rho));
      for (int li = 0; li < k; li++) {
        List<AlertRecord> all = new ArrayList<>(shipped);
        if (li > 0) {
          for (Object[] p : pairs) {
            @SuppressWarnings("unchecked") List<LocalDate> days = (List<LocalDate>) p[1];
            @SuppressWarnings("unchecked") List<double[]> zs = (List<double[]>) p[2];
            double acc = 0; LocalDate open = null;
            for (int i = 0; i < days.size(); i++) {
              double z = (Math.min(zs.get(i)[0], part) + Math.min(zs.get(i)[1], part)) / spread;
              acc = Math.min(28, Math.max(0, acc + Math.min(z, 4) - 1.5));
              if (open == null && acc >= limits[li - 1]) open = days.get(i);
              else if (open != null && acc == 0) { all.add(new AlertRecord(all.size() + 1, "theatre", (String) p[0], "theatre_country_7d", "watch", "watch", open, days.get(i))); open = null; }
            }
            if (open != null) all.add(new AlertRecord(all.size() + 1, "theatre", (String) p[0], "theatre_country_7d", "watch", "watch", open, null));
          }
        }
        Evaluation ev = history ? DetectionEvaluator.evaluateFrom(truth, all, "watch", scored) : DetectionEvaluator.evaluate(truth, all, "watch");
        det[li] += ev.detected(); fal[li] += ev.falseAlerts(); if (li == 0) eps[0] += ev.episodes();
        boolean ok = ev.recall() >= 0.9 && (ev.precision() == null || ev.precision() >= 0.8) && ev.falseAlertsPerCountryYear() <= 0.3 + 1e-9;
        all3[li] += ok ? 1 : 0;
        String missed = ev.detail().stream().filter(x -> !x.detected()).map(x -> x.id() + " " + x.type() + " " + x.strength() + " " + String.join("-", x.parties())).collect(Collectors.joining("; "));
        line.append(String.format("%n  %-9s recall %.3f false %d%s missed: %s", li == 0 ? "shipped" : "L=" + limits[li - 1], ev.recall(), ev.falseAlerts(), ok ? " ok" : "", missed));
        for (int i = shipped.size(); li > 0 && i < all.size(); i++)
          if ((history ? DetectionEvaluator.evaluateFrom(truth, List.of(all.get(i)), "watch", scored) : DetectionEvaluator.evaluate(truth, List.of(all.get(i)), "watch")).falseAlerts() == 1) line.append(String.format("%n      FALSE %s %s..%s", all.get(i).subject(), all.get(i).opened(), all.get(i).closed()));
      }
      System.out.println(line); System.out.flush();
    }
    for (int li = 0; li < k; li++)
      System.out.printf("TOTAL %-9s detected %d/%d false %d all three %d%n", li == 0 ? "shipped" : "L=" + limits[li - 1], det[li], eps[0], fal[li], all3[li]);
  }
}
