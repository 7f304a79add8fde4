package org.amity.testing;

import java.util.Arrays;

/**
 * Builds GDELT event rows for tests, field by field, in the 2.0 (61 columns) or 1.0 (58 columns)
 * layout. The defaults describe a plausible row: the Philippine military firing on a Chinese
 * government vessel off Palawan.
 */
public final class GdeltLines {
  private final String[] f;
  private final boolean v2;

  private GdeltLines(boolean v2) {
    this.v2 = v2;
    f = new String[v2 ? 61 : 58];
    Arrays.fill(f, "");
    f[0] = "900000001";
    f[1] = "20240301";
    f[2] = "202403";
    f[3] = "2024";
    f[4] = "2024.1644";
    f[5] = "PHLMIL";
    f[6] = "PHILIPPINE";
    f[7] = "PHL";
    f[12] = "MIL";
    f[15] = "CHNGOV";
    f[16] = "CHINA";
    f[17] = "CHN";
    f[22] = "GOV";
    f[25] = "1";
    f[26] = "193";
    f[27] = "193";
    f[28] = "19";
    f[29] = "4";
    f[30] = "-10.0";
    f[31] = "10";
    f[32] = "2";
    f[33] = "10";
    f[34] = "-6.25";
    int geo = v2 ? 51 : 49;
    f[geo] = "4";
    f[geo + 1] = "Puerto Princesa, Palawan, Philippines";
    f[geo + 2] = "RP";
    f[geo + 3] = "RP70";
    int lat = v2 ? geo + 5 : geo + 4;
    f[lat] = "9.73917";
    f[lat + 1] = "118.735";
    f[lat + 2] = "-2436095";
    if (v2) {
      f[59] = "20240301153000";
      f[60] = "https://news.example.org/palawan-clash";
    } else {
      f[56] = "20240301";
      f[57] = "https://news.example.org/palawan-clash";
    }
  }

  public static GdeltLines v2() {
    return new GdeltLines(true);
  }

  public static GdeltLines v1() {
    return new GdeltLines(false);
  }

  public GdeltLines set(int column, String value) {
    f[column] = value;
    return this;
  }

  public GdeltLines id(long id) {
    return set(0, Long.toString(id));
  }

  /** Index of the ActionGeo block's first column (its type). */
  public int actionGeo() {
    return v2 ? 51 : 49;
  }

  @Override
  public String toString() {
    return String.join("\t", f);
  }
}
