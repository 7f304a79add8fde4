package org.amity.response.kb;

/**
 * The field an instrument works in. The list (disaster, health, humanitarian, cyber,
 * terrorism, crime) plus {@code political} for political-security disputes, {@code environment} for
 * transboundary pollution such as haze and for shared rivers, {@code rights} for human rights and
 * the protection of migrant workers, and {@code arms} for weapons of mass destruction, small arms
 * and landmines (docs/agenda.md).
 */
public enum Sector implements Term {
  POLITICAL,
  DISASTER,
  HEALTH,
  HUMANITARIAN,
  CYBER,
  TERRORISM,
  CRIME,
  ENVIRONMENT,
  RIGHTS,
  ARMS
}
