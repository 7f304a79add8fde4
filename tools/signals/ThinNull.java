// Scratch driver of issue 14 (twenty-seventh round, helper r27thin), not part of the build: the false-alert
// rate of the long humanitarian lens (spec humanitarian_28d_long) on null series, shipped (limitsScale 1.245
// everywhere) against the spec with thin limits (thinBelow T, thinLimitsScale S: a four-week period whose
// expected count is under T judged against the profile's limits times S). The config of each variant is the
// shipped detectors.properties with the two keys added, parsed as the product parses it. Run:
//   java -cp JAR tools/signals/ThinNull.java T1:S1,T2:S2,... [seeds]
// Null series: LongNull.java's generator (FourWeekShareCalibrationTest's: weekend dip, 20% volume noise,
// log-share AR(1) lag-one 0.5 with spread sd 0.15, 0.3, 0.5; binomial count), three years, alerts counted
// where the lens speaks (from day 141). Cells straddle the thin line: volumes 7-200 a day x shares
// 0.003-0.03 (expected four-week counts about 0.5 to 150), and two large cells where nothing may change.
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.*;
import org.amity.signal.*;

public class ThinNull {
  public static void main(String[] args) throws Exception {
    String[] variants = args[0].split(",");
    int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    String text;
    try (var in = DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) { text = new String(in.readAllBytes(), StandardCharsets.UTF_8); }
    List<DetectionSpec> specs = new ArrayList<>();
    List<String> names = new ArrayList<>(List.of("shipped"));
    specs.add(find(DetectorConfig.parse(text, "shipped")));
    for (String v : variants) {
      String[] ts = v.split(":");
      String extra = "\nspec.humanitarian_28d_long.thinBelow = " + ts[0] + "\nspec.humanitarian_28d_long.thinLimitsScale = " + ts[1] + "\n";
      specs.add(find(DetectorConfig.parse(text + extra, "T" + v)));
      names.add("T" + ts[0] + "/s" + ts[1]);
    }
    if (specs.get(0).thin() != null) throw new IllegalStateException("the jar's shipped file already sets thin limits");
    int n = 3 * 365;
    LocalDate start = LocalDate.of(2024, 1, 1);
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < n; i++) days.add(start.plusDays(i));
    double years = (n - 141) / 365.0;
    double[][] cells = {
      {7, 0.003}, {7, 0.005}, {7, 0.01}, {7, 0.02}, {7, 0.03},
      {10, 0.005}, {10, 0.01}, {10, 0.02}, {10, 0.03},
      {15, 0.005}, {15, 0.01}, {15, 0.02}, {15, 0.03},
      {20, 0.003}, {20, 0.005}, {20, 0.01}, {20, 0.02}, {20, 0.03},
      {30, 0.005}, {30, 0.01}, {30, 0.02},
      {60, 0.003}, {60, 0.005}, {60, 0.01},
      {200, 0.003}, {200, 0.01}, {1000, 0.1}};
    double[] sds = {0.15, 0.3, 0.5};
    System.out.printf("%d seeds a cell x %.2f series-years; budget 0.01 alerts per series-year%n", seeds, years);
    for (double sd : sds) {
      double[] total = new double[specs.size()];
      double[] worst = new double[specs.size()];
      for (double[] cell : cells) {
        double v = cell[0], share = cell[1];
        int[] count = new int[specs.size()];
        for (long seed = 1; seed <= seeds; seed++) {
          double[][] s = series(seed * 7919 + (long) (v * 31) + (long) (share * 100000) + (long) (sd * 1000) + 500000L, n, v, share, sd);
          for (int k = 0; k < specs.size(); k++) count[k] += AlertBuilder.alerts(specs.get(k), "T", specs.get(k).score(days, s[1], s[0])).size();
        }
        StringBuilder line = new StringBuilder(String.format("NULL sd %.2f volume %5.0f share %.3f (expected 4-week count %6.1f):", sd, v, share, v * share * 28 * 0.914));
        for (int k = 0; k < specs.size(); k++) {
          double rate = count[k] / (seeds * years);
          line.append(String.format("  %s %.4f (%d)", names.get(k), rate, count[k]));
          total[k] += rate;
          worst[k] = Math.max(worst[k], rate);
        }
        System.out.println(line);
        System.out.flush();
      }
      StringBuilder line = new StringBuilder(String.format("MEAN sd %.2f over %d cells:", sd, cells.length));
      for (int k = 0; k < specs.size(); k++) line.append(String.format("  %s %.4f (worst %.4f)", names.get(k), total[k] / cells.length, worst[k]));
      System.out.println(line);
      System.out.flush();
    }
  }

  static DetectionSpec find(DetectorConfig c) {
    return c.specs().stream().filter(s -> s.name().equals("humanitarian_28d_long")).findFirst().orElseThrow();
  }

  static double[][] series(long seed, int n, double meanVolume, double share, double sd) {
    Random r = new Random(seed);
    double[] volume = new double[n];
    double[] x = new double[n];
    double phi = 0.5;
    double w = sd * r.nextGaussian();
    LocalDate start = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < n; i++) {
      w = phi * w + Math.sqrt(1 - phi * phi) * sd * r.nextGaussian();
      double weekday = start.plusDays(i).getDayOfWeek().getValue() >= 6 ? 0.7 : 1.0;
      volume[i] = Math.round(meanVolume * weekday * Math.exp(0.2 * r.nextGaussian()));
      double p = Math.min(0.95, share * Math.exp(w));
      int k = 0;
      for (int j = 0; j < volume[i]; j++) if (r.nextDouble() < p) k++;
      x[i] = k;
    }
    return new double[][] {volume, x};
  }
}
