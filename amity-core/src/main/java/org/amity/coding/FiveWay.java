package org.amity.coding;

import java.util.Locale;

/**
 * The five-way grouping of CAMEO root codes ("PentaClass"): 01 statement; 02-05 verbal cooperation;
 * 06-08 material cooperation; 09-13 verbal conflict; 14-20 material conflict. Labels in files are
 * the digits 0-4 (ConfliBERT's order) or the names.
 */
public enum FiveWay {
  STATEMENT("statement"),
  VERBAL_COOPERATION("verbal cooperation"),
  MATERIAL_COOPERATION("material cooperation"),
  VERBAL_CONFLICT("verbal conflict"),
  MATERIAL_CONFLICT("material conflict");

  private final String words;

  FiveWay(String words) {
    this.words = words;
  }

  /** The class as people read it. */
  public String words() {
    return words;
  }

  /** The class of a CAMEO code ("0231", "190"), or null when it has no CAMEO root (01-20). */
  public static FiveWay ofCameo(String code) {
    if (code == null || code.length() < 2) {
      return null;
    }
    int root;
    try {
      root = Integer.parseInt(code.substring(0, 2));
    } catch (NumberFormatException e) {
      return null;
    }
    if (root < 1 || root > 20) {
      return null;
    }
    if (root == 1) {
      return STATEMENT;
    }
    if (root <= 5) {
      return VERBAL_COOPERATION;
    }
    if (root <= 8) {
      return MATERIAL_COOPERATION;
    }
    return root <= 13 ? VERBAL_CONFLICT : MATERIAL_CONFLICT;
  }

  /**
   * A label as written in a file: 0-4, or a name ("verbal conflict", "VERBAL_CONFLICT").
   *
   * @throws IllegalArgumentException for anything else
   */
  public static FiveWay parse(String label) {
    String s = label.strip();
    if (s.length() == 1 && s.charAt(0) >= '0' && s.charAt(0) <= '4') {
      return values()[s.charAt(0) - '0'];
    }
    String norm = s.toLowerCase(Locale.ROOT).replace('_', ' ');
    for (FiveWay c : values()) {
      if (c.words.equals(norm)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "'"
            + label
            + "' is not a five-way class (0-4, or statement, verbal cooperation, material"
            + " cooperation, verbal conflict, material conflict)");
  }
}
