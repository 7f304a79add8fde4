package org.amity.response.kb;

/**
 * The field an instrument works in. The list (disaster, health, humanitarian, cyber,
 * terrorism, crime) plus {@code political} for political-security disputes and {@code environment}
 * for transboundary pollution such as haze.
 */
public enum Sector implements Term {
  POLITICAL,
  DISASTER,
  HEALTH,
  HUMANITARIAN,
  CYBER,
  TERRORISM,
  CRIME,
  ENVIRONMENT
}
