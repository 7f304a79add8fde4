package org.amity.event;

/**
 * A CAMEO event code with its base (three-digit) and root (two-digit) codes, kept as strings with
 * their leading zeros ("0231" has base "023" and root "02").
 */
public record CameoCode(String code, String base, String root) {

  public CameoCode {
    if (code == null || code.length() < 2 || code.length() > 4) {
      throw new IllegalArgumentException("CAMEO code must have 2 to 4 digits: " + code);
    }
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        throw new IllegalArgumentException("CAMEO code must be digits: " + code);
      }
    }
  }

  /** Derives base and root from the code itself. */
  public static CameoCode of(String code) {
    if (code == null || code.length() < 2) {
      throw new IllegalArgumentException("CAMEO code must have 2 to 4 digits: " + code);
    }
    String base = code.length() > 3 ? code.substring(0, 3) : code;
    return new CameoCode(code, base, code.substring(0, 2));
  }

  /** The root as a number, 1 to 20. */
  public int rootNumber() {
    return Integer.parseInt(root);
  }

  @Override
  public String toString() {
    return code;
  }
}
