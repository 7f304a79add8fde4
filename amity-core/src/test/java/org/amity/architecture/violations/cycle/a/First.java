package org.amity.architecture.violations.cycle.a;

import org.amity.architecture.violations.cycle.b.Second;

/** Half of a deliberate package cycle (for BoundaryTest only). */
public final class First {
  public Second next() {
    return new Second();
  }
}
