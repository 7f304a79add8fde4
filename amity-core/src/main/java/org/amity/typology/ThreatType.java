package org.amity.typology;

import java.util.Locale;

/** The three kinds of security challenge of the regional literature. */
public enum ThreatType {
  INTER_STATE("inter-state"),
  INTRA_STATE("intra-state"),
  TRANS_STATE("trans-state");

  private final String key;

  ThreatType(String key) {
    this.key = key;
  }

  /** The name used in JSON and on the command line: "inter-state", ... */
  public String key() {
    return key;
  }

  public static ThreatType parse(String s) {
    String k = s.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (ThreatType t : values()) {
      if (t.key.equals(k)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "threat type must be inter-state, intra-state or trans-state, not '" + s + "'");
  }
}
