package org.amity.response.kb;

/** What an instrument or measure does for prevention (domain primer section 6). */
public enum PdFunction implements Term {
  CBM("confidence building"),
  NB("norm building"),
  EW("early warning and information sharing"),
  PR("preventive response or deployment"),
  CM("crisis management"),
  CR("conflict resolution");

  private final String label;

  PdFunction(String label) {
    this.label = label;
  }

  @Override
  public String id() {
    return name();
  }

  public String label() {
    return label;
  }
}
