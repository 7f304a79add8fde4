package org.amity.simulate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The four kinds of episode the simulator injects, with the threat type each stands for. */
public enum EpisodeType {
  /** Coast guards, navies and governments of two states face off at sea. */
  MARITIME_STANDOFF("maritime-standoff", "inter-state"),
  /** A state's forces fight rebels, insurgents or separatists inside one country. */
  INSURGENCY("insurgency", "intra-state"),
  /** Criminals kidnap, hijack or rob crews in a sea area. */
  PIRACY("piracy", "trans-state"),
  /** A natural disaster displaces people; aid is asked for and given; some unrest follows. */
  DISASTER("disaster", "trans-state");

  private final String label;
  private final String threatType;

  EpisodeType(String label, String threatType) {
    this.label = label;
    this.threatType = threatType;
  }

  @JsonValue
  public String label() {
    return label;
  }

  /** The threat typology class: inter-state, intra-state or trans-state. */
  public String threatType() {
    return threatType;
  }

  @JsonCreator
  public static EpisodeType ofLabel(String label) {
    for (EpisodeType t : values()) {
      if (t.label.equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown episode type: " + label);
  }
}
