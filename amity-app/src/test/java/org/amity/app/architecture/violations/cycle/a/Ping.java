package org.amity.app.architecture.violations.cycle.a;

import org.amity.app.architecture.violations.cycle.b.Pong;

/** Half of a deliberate package cycle (for AppBoundaryTest only). */
public final class Ping {
  public Pong answer() {
    return new Pong();
  }
}
