package org.amity.flink.signal;

/**
 * An alert with what its evidence says: a row of {@code alerts} with every column filled.
 *
 * @param outsidePowerShare for a country or dyad, over the parties' traffic; for a sea area, over
 *     its evidence
 */
public record EvidencedAlert(PoolSummary pool, double outsidePowerShare) {
  public AlertRow row() {
    return pool.alert();
  }
}
