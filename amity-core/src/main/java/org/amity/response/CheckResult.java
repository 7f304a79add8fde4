package org.amity.response;

import org.amity.response.kb.Term;

/** The outcome of one principle check. A failed check excludes the option. */
public enum CheckResult implements Term {
  PASS,
  WARNING,
  FAIL
}
