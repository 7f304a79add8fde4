package org.amity.architecture.violations.cycle.b;

import org.amity.architecture.violations.cycle.a.First;

/** The other half of a deliberate package cycle (for BoundaryTest only). */
public final class Second {
  public First back() {
    return new First();
  }
}
