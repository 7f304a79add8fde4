package org.amity.app.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.amity.signal.IndicatorSeries;

/**
 * Draws an indicator series as a self-contained SVG: the values as a line, the baseline dashed, the
 * band shaded, alert periods shaded by level and timeline entries as ticks on the time axis, with
 * ISO dates on the x axis, round numbers on the y axis and a legend. A series that never goes below
 * zero (every count) is drawn from zero up, and its band is cut at zero: a count cannot be
 * negative. The same SVG goes into the HTML and, through openhtmltopdf's SVG drawer, into the PDF.
 */
public final class IndicatorChartSvg {
  static final int WIDTH = 660;
  static final int HEIGHT = 280;
  private static final int LEFT = 56;
  private static final int RIGHT = 34;
  private static final int TOP = 14;
  private static final int BOTTOM = 78;
  private static final Map<String, String> LEVEL_COLOURS =
      Map.of("watch", "#e8c547", "warning", "#f08c3a", "alert", "#c8323c");
  private static final String FONT = "font-family=\"DejaVu Sans, sans-serif\"";

  private IndicatorChartSvg() {}

  /** The chart, or a short SVG saying there is nothing to draw. */
  public static String draw(IndicatorSeries series, List<ChartMark> marks) {
    List<IndicatorSeries.Point> pts = series.points();
    if (pts.isEmpty()) {
      return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
          + WIDTH
          + "\" height=\"40\" viewBox=\"0 0 "
          + WIDTH
          + " 40\"><text x=\"8\" y=\"24\" "
          + FONT
          + " font-size=\"12\">No stored points for this indicator.</text></svg>";
    }
    LocalDate first = pts.get(0).period();
    LocalDate last = pts.get(pts.size() - 1).period();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (IndicatorSeries.Point p : pts) {
      for (Double v : new Double[] {p.value(), p.baseline(), p.high(), p.low()}) {
        if (v != null && Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    boolean counts = pts.stream().allMatch(p -> p.value() >= 0);
    if (counts) {
      min = 0;
    }
    Ticks y = Ticks.of(min, max == min ? min + 1 : max, 5);
    Frame f = new Frame(first, last, y.low(), y.high());
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\">");
    Set<String> legend = new LinkedHashSet<>();
    for (ChartMark m : marks) {
      if (m.period() && !m.to().isBefore(first) && !m.from().isAfter(last)) {
        double x0 = f.x(m.from().isBefore(first) ? first : m.from());
        double x1 = f.x(m.to().isAfter(last) ? last : m.to());
        s.append(rect(x0, TOP, Math.max(2, x1 - x0), f.plotHeight(), colour(m.label()), 0.22));
        legend.add("period:" + m.label());
      }
    }
    band(s, pts, f, counts);
    line(s, pts, f, true);
    line(s, pts, f, false);
    axes(s, y, f);
    for (ChartMark m : marks) {
      if (!m.period() && !m.from().isBefore(first) && !m.from().isAfter(last)) {
        double x = f.x(m.from());
        s.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#2a7f62\""
                    + " stroke-width=\"1.5\"/><circle cx=\"%.1f\" cy=\"%d\" r=\"3\""
                    + " fill=\"#2a7f62\"/>",
                x,
                TOP,
                x,
                TOP + f.plotHeight(),
                x,
                TOP + 4));
        legend.add("entry");
      }
    }
    legend(s, legend, series.scored());
    return s.append("</svg>").toString();
  }

  private static void band(
      StringBuilder s, List<IndicatorSeries.Point> pts, Frame f, boolean counts) {
    List<String> upper = new ArrayList<>();
    List<String> lower = new ArrayList<>();
    for (IndicatorSeries.Point p : pts) {
      if (p.low() == null || p.high() == null) {
        continue;
      }
      double lo = counts ? Math.max(0, p.low()) : p.low();
      upper.add(f.xy(p.period(), p.high()));
      lower.add(0, f.xy(p.period(), lo));
    }
    if (upper.size() > 1) {
      s.append("<polygon fill=\"#9fb8cf\" fill-opacity=\"0.35\" stroke=\"none\" points=\"")
          .append(String.join(" ", upper))
          .append(' ')
          .append(String.join(" ", lower))
          .append("\"/>");
    }
  }

  private static void line(
      StringBuilder s, List<IndicatorSeries.Point> pts, Frame f, boolean baseline) {
    List<String> coords = new ArrayList<>();
    for (IndicatorSeries.Point p : pts) {
      Double v = baseline ? p.baseline() : Double.valueOf(p.value());
      if (v != null && Double.isFinite(v)) {
        coords.add(f.xy(p.period(), v));
      }
    }
    if (coords.isEmpty()) {
      return;
    }
    s.append("<polyline fill=\"none\" points=\"")
        .append(String.join(" ", coords))
        .append(
            baseline
                ? "\" stroke=\"#46617a\" stroke-width=\"1.2\" stroke-dasharray=\"5,3\"/>"
                : "\" stroke=\"#12324a\" stroke-width=\"1.6\"/>");
  }

  private static void axes(StringBuilder s, Ticks y, Frame f) {
    int x0 = LEFT;
    double yBottom = TOP + f.plotHeight();
    s.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%.1f\" stroke=\"#333\"/>"
                + "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#333\"/>",
            x0,
            TOP,
            x0,
            yBottom,
            x0,
            yBottom,
            x0 + f.plotWidth(),
            yBottom));
    for (double v : y.values()) {
      double py = f.y(v);
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" %s font-size=\"10\">%s</text>",
              x0,
              py,
              x0 + f.plotWidth(),
              py,
              x0 - 4,
              py + 3,
              FONT,
              y.label(v)));
    }
    long days = Math.max(1, ChronoUnit.DAYS.between(f.first(), f.last()));
    int n = (int) Math.min(6, days + 1);
    for (int i = 0; i < n; i++) {
      LocalDate d =
          n == 1 ? f.first() : f.first().plusDays(Math.round((double) days * i / (n - 1)));
      double px = f.x(d);
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#333\"/>"
                  + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" %s font-size=\"10\">%s</text>",
              px,
              yBottom,
              px,
              yBottom + 4,
              px,
              yBottom + 16,
              FONT,
              d));
    }
  }

  private static void legend(StringBuilder s, Set<String> items, boolean scored) {
    List<String[]> all = new ArrayList<>();
    all.add(new String[] {"line:#12324a", "value"});
    all.add(new String[] {"dash:#46617a", scored ? "baseline (detector)" : "baseline (median)"});
    all.add(new String[] {"box:#9fb8cf", "baseline band"});
    for (String i : items) {
      if (i.startsWith("period:")) {
        String level = i.substring(7);
        all.add(new String[] {"box:" + colour(level), level + " period"});
      } else {
        all.add(new String[] {"tick:#2a7f62", "timeline entry"});
      }
    }
    double x = LEFT;
    double y = HEIGHT - 30;
    for (String[] item : all) {
      String[] kind = item[0].split(":", 2);
      switch (kind[0]) {
        case "line", "dash" ->
            s.append(
                String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                        + " stroke-width=\"1.6\"%s/>",
                    x,
                    y,
                    x + 18,
                    y,
                    kind[1],
                    kind[0].equals("dash") ? " stroke-dasharray=\"5,3\"" : ""));
        case "tick" ->
            s.append(
                String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                        + " stroke-width=\"1.5\"/>",
                    x + 9,
                    y - 6,
                    x + 9,
                    y + 6,
                    kind[1]));
        default -> s.append(rect(x, y - 5, 18, 10, kind[1], 0.5));
      }
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" %s font-size=\"10\">%s</text>",
              x + 22,
              y + 3.5,
              FONT,
              item[1]));
      x += 30 + item[1].length() * 6;
      if (x > WIDTH - 120) {
        x = LEFT;
        y += 16;
      }
    }
  }

  private static String rect(double x, double y, double w, double h, String fill, double opacity) {
    return String.format(
        Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\""
            + " fill-opacity=\"%.2f\"/>",
        x,
        y,
        w,
        h,
        fill,
        opacity);
  }

  private static String colour(String level) {
    return LEVEL_COLOURS.getOrDefault(level, "#888888");
  }

  /** Data to drawing coordinates. */
  private record Frame(LocalDate first, LocalDate last, double low, double high) {
    double plotWidth() {
      return WIDTH - LEFT - RIGHT;
    }

    double plotHeight() {
      return HEIGHT - TOP - BOTTOM;
    }

    double x(LocalDate d) {
      long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
      return LEFT + plotWidth() * ChronoUnit.DAYS.between(first, d) / span;
    }

    double y(double v) {
      return TOP + plotHeight() * (1 - (v - low) / (high - low));
    }

    String xy(LocalDate d, double v) {
      return String.format(Locale.ROOT, "%.1f,%.1f", x(d), y(v));
    }
  }
}
