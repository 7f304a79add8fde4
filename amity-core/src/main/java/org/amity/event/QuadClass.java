package org.amity.event;

/**
 * The four-way roll-up of CAMEO root codes used by GDELT: cooperation or conflict, in words or in
 * deeds.
 */
public enum QuadClass {
  VERBAL_COOPERATION(1),
  MATERIAL_COOPERATION(2),
  VERBAL_CONFLICT(3),
  MATERIAL_CONFLICT(4);

  private final int number;

  QuadClass(int number) {
    this.number = number;
  }

  /** The number GDELT writes in its QuadClass column (1 to 4). */
  public int number() {
    return number;
  }

  /** Returns the class for GDELT's number, or throws for anything outside 1 to 4. */
  public static QuadClass ofNumber(int number) {
    if (number < 1 || number > 4) {
      throw new IllegalArgumentException("QuadClass must be 1 to 4, got " + number);
    }
    return values()[number - 1];
  }

  /**
   * The class of a CAMEO root code as GDELT rolls it up: roots 01-05 verbal cooperation, 06-09
   * material cooperation, 10-14 verbal conflict, 15-20 material conflict.
   */
  public static QuadClass ofRoot(int root) {
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("CAMEO root must be 1 to 20, got " + root);
    }
    if (root <= 5) {
      return VERBAL_COOPERATION;
    }
    if (root <= 9) {
      return MATERIAL_COOPERATION;
    }
    return root <= 14 ? VERBAL_CONFLICT : MATERIAL_CONFLICT;
  }

  public boolean isConflict() {
    return this == VERBAL_CONFLICT || this == MATERIAL_CONFLICT;
  }
}
