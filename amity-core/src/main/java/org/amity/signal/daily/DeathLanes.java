package org.amity.signal.daily;

import org.amity.event.Dataset;

/**
 * The people killed per recorder that counts the dead ({@link Dataset#deathRecorders}), packed
 * {@value Incident#DEATH_BITS} bits a recorder in one {@code long} in the order of that list (a
 * plain field, which the Flink job keeps in state as it keeps {@link Incident#records}).
 */
final class DeathLanes {
  private DeathLanes() {}

  private static final long LANE = (1L << Incident.DEATH_BITS) - 1;

  /** {@code dead} for the recorder at {@code lane}, saturated at the lane's largest value. */
  static long of(int lane, long dead) {
    return Math.min(LANE, Math.max(0, dead)) << (lane * Incident.DEATH_BITS);
  }

  /** Two packings added lane by lane; a lane saturates rather than carry into the next. */
  static long plus(long a, long b) {
    long out = 0;
    for (int shift = 0;
        shift < Long.SIZE && (a >>> shift | b >>> shift) != 0;
        shift += Incident.DEATH_BITS) {
      long sum = Math.min(LANE, ((a >>> shift) & LANE) + ((b >>> shift) & LANE));
      out |= sum << shift;
    }
    return out;
  }

  /** The sum of the lanes. */
  static long sum(long packed) {
    long out = 0;
    for (long r = packed; r != 0; r >>>= Incident.DEATH_BITS) {
      out += r & LANE;
    }
    return out;
  }

  /** The greatest lane, 0 when none. */
  static long most(long packed) {
    long out = 0;
    for (long r = packed; r != 0; r >>>= Incident.DEATH_BITS) {
      out = Math.max(out, r & LANE);
    }
    return out;
  }
}
