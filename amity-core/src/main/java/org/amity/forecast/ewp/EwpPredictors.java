package org.amity.forecast.ewp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amity.forecast.data.CsvTable;

/**
 * Rows of EWP's prepared predictors file: one country-year with its 39 predictors and mass-killing
 * outcomes. Other targets reuse the predictors as structural covariates of a country.
 */
public final class EwpPredictors {
  private EwpPredictors() {}

  /**
   * One country-year.
   *
   * @param x the predictors in the order of {@link EwpPanel#FEATURES}; NaN where missing
   * @param onset mass-killing onset in this year
   * @param onsetNext onset in the next year (recorded 0 past the file's last year)
   * @param onsetNextTwo onset in the next year or the one after (likewise)
   */
  public record Row(
      String name,
      int ccode,
      int year,
      double[] x,
      double onset,
      double onsetNext,
      double onsetNextTwo) {
    public boolean complete() {
      for (double v : x) {
        if (Double.isNaN(v)) {
          return false;
        }
      }
      return true;
    }
  }

  public static List<Row> read(Path file) throws IOException {
    CsvTable t = CsvTable.read(file);
    if (!t.malformed().isEmpty()) {
      throw new IOException(
          t.malformed().size() + " malformed records, first: " + t.malformed().get(0));
    }
    int name = t.column("ewp_name");
    int year = t.column("year");
    int ccode = t.column("ccode");
    int[] cols = new int[EwpPanel.FEATURES.length];
    for (int j = 0; j < cols.length; j++) {
      cols[j] = t.column(EwpPanel.FEATURES[j]);
    }
    int onset = t.column("mk_onset");
    int next = t.column("mk_onset_1");
    int nextTwo = t.column("mk_onset_1or2");
    List<Row> rows = new ArrayList<>(t.size());
    for (int r = 0; r < t.size(); r++) {
      double[] x = new double[cols.length];
      for (int j = 0; j < cols.length; j++) {
        x[j] = t.number(r, cols[j]);
      }
      rows.add(
          new Row(
              t.get(r, name),
              (int) t.number(r, ccode),
              (int) t.number(r, year),
              x,
              t.number(r, onset),
              t.number(r, next),
              t.number(r, nextTwo)));
    }
    return rows;
  }
}
