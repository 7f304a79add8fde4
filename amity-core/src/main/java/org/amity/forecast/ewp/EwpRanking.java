package org.amity.forecast.ewp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.amity.forecast.data.CsvTable;

/** EWP's own published ranking of the latest forecasts (risk of onset in the next two years). */
public final class EwpRanking {
  /** One country's published risk and rank. */
  public record Entry(double risk, int rank) {}

  private EwpRanking() {}

  /** Name to published entry, from {@link EwpPanel#LATEST}. */
  public static Map<String, Entry> read(Path ewpDir) throws IOException {
    CsvTable t = CsvTable.read(ewpDir.resolve(EwpPanel.LATEST));
    int name = t.column("ewp_name");
    int risk = t.column("risk_1or2.from2024");
    int rank = t.column("risk_rank.from2024");
    Map<String, Entry> out = new LinkedHashMap<>();
    for (int r = 0; r < t.size(); r++) {
      out.put(t.get(r, name), new Entry(t.number(r, risk), (int) t.number(r, rank)));
    }
    return out;
  }
}
