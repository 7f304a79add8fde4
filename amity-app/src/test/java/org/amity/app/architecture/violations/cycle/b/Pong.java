package org.amity.app.architecture.violations.cycle.b;

import org.amity.app.architecture.violations.cycle.a.Ping;

/** The other half of a deliberate package cycle (for AppBoundaryTest only). */
public final class Pong {
  public Ping again() {
    return new Ping();
  }
}
