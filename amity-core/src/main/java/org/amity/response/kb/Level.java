package org.amity.response.kb;

/** How loud the warning about a situation is, from the signals feature. */
public enum Level implements Term {
  WATCH,
  WARNING,
  ALERT
}
