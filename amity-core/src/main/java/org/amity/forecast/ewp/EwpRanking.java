package org.amity.forecast.ewp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.amity.forecast.data.CsvTable;

/**
 * EWP's own published ranking of its latest forecasts (made from 2024 data), at one horizon: the
 * risk of an onset in 2025 alone (horizon 1, {@code risk.2025only.from2024}) or in 2025 or 2026
 * (horizon 2, {@code risk.2025and2026.from2024}, the figure EWP headlines). Amity's forecast is set
 * beside the ranking of its own horizon only, so a one-year probability is never read against a
 * two-year risk.
 *
 * @param period the years EWP's risk covers, written as Amity's forecast periods are ("2025",
 *     "2025-2026")
 * @param riskColumn the column of {@link #FILE} the risks come from
 * @param entries EWP country name to its published risk and rank
 */
public record EwpRanking(String period, String riskColumn, Map<String, Entry> entries) {
  /** EWP's file of its latest forecasts with both horizons. */
  public static final String FILE = "final_forecasts_data_3Sep2025.csv";

  /** No published ranking (targets other than ewp, or the file missing). */
  public static final EwpRanking NONE = new EwpRanking("", "", Map.of());

  /** One country's published risk and rank. */
  public record Entry(double risk, int rank) {}

  public EwpRanking {
    entries = Map.copyOf(entries);
  }

  /**
   * The ranking of {@link #FILE} in {@code ewpDir} at {@code horizon} years (1: 2025 alone, 2: 2025
   * or 2026).
   */
  public static EwpRanking read(Path ewpDir, int horizon) throws IOException {
    String risk;
    String rank;
    String period;
    switch (horizon) {
      case 1 -> {
        risk = "risk.2025only.from2024";
        rank = "riskrank.2025only.from2024";
        period = "2025";
      }
      case 2 -> {
        risk = "risk.2025and2026.from2024";
        rank = "rank.2025and2026.from2025"; // sic: EWP's column name
        period = "2025-2026";
      }
      default ->
          throw new IllegalArgumentException(
              "EWP publishes risks for one or two years, not " + horizon);
    }
    CsvTable t = CsvTable.read(ewpDir.resolve(FILE));
    int name = t.column("ewp_name");
    int riskAt = t.column(risk);
    int rankAt = t.column(rank);
    Map<String, Entry> out = new LinkedHashMap<>();
    for (int r = 0; r < t.size(); r++) {
      out.put(t.get(r, name), new Entry(t.number(r, riskAt), (int) t.number(r, rankAt)));
    }
    return new EwpRanking(period, risk, out);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * A unit's published entry when EWP's risk covers the same years as Amity's forecast (its {@code
   * period}), else null.
   */
  public Entry entry(String unit, String forecastPeriod) {
    return period.equals(forecastPeriod) ? entries.get(unit) : null;
  }

  /** "one year" or "two years", for labels. */
  public String span() {
    return period.contains("-") ? "two years" : "one year";
  }
}
