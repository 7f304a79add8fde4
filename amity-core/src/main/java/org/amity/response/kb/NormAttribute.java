package org.amity.response.kb;

/** The attribute of an option that strains an entrenched norm. */
public enum NormAttribute implements Term {
  INTRUSIVENESS,
  PUBLICITY,
  EXTERNAL_LEAD,
  BINDING
}
