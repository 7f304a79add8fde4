package org.amity.coding.classify;

import org.amity.coding.FiveWay;

/** How a sentence's five-way class is decided from the dictionary's reading and the model. */
public enum ClassPolicy {
  /** The dictionary alone: its event's class, else its verbs' class, else none. */
  RULES,
  /** The learned model, which sees the dictionary's reading among its features (always a class). */
  LEARNED,
  /** The dictionary's event where it built one, the learned model elsewhere. */
  FILL;

  /** The class under this policy; null only for {@link #RULES} with nothing found. */
  public FiveWay decide(SentenceReading r, ClassModel model) {
    return switch (this) {
      case RULES -> r.rules();
      case LEARNED -> model.predict(r);
      case FILL -> r.dictionary() != null ? r.dictionary() : model.predict(r);
    };
  }

  public static ClassPolicy parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("policy must be rules, learned or fill, not '" + s + "'");
    }
  }
}
