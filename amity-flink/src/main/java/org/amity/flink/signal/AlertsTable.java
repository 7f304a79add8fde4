package org.amity.flink.signal;

import java.util.List;
import org.amity.flink.ParquetTable;
import org.amity.signal.DetectedAlert;

/**
 * Rows of {@code alerts}, with the store's columns in the store's order and the values the watch
 * stores for a detected alert (level keys, the stored baseline and score, which detector raised
 * it). The situation is left null: the reader groups situations with the core's {@code
 * SituationGrouper}. What the watch reads from an alert's evidence (threat types, outside-power
 * share, themes, maritime and humanitarian shares) comes from the evidence stages ({@link
 * EvidenceKeeper}, {@link PartyCounter}, {@link AlertEvidence}).
 */
public final class AlertsTable implements ParquetTable<EvidencedAlert> {
  private static final long serialVersionUID = 1L;

  @Override
  public String name() {
    return "alerts";
  }

  @Override
  public List<String> columns() {
    return List.of(
        "id",
        "situation_id",
        "scope",
        "subject",
        "indicator",
        "resolution",
        "level",
        "peak_level",
        "status",
        "opened",
        "updated",
        "closed",
        "period_start",
        "period_end",
        "value",
        "baseline",
        "score",
        "detector",
        "threat_types",
        "great_power_party",
        "outside_power_share",
        "themes",
        "maritime_share",
        "humanitarian_share",
        "protracted");
  }

  @Override
  public Object[] row(EvidencedAlert e) {
    AlertRow r = e.row();
    PoolSummary p = e.pool();
    DetectedAlert a = r.alert();
    return new Object[] {
      r.id(),
      null,
      a.scope().key(),
      a.subject(),
      a.indicator(),
      a.resolution().key(),
      a.level().key(),
      a.peakLevel().key(),
      r.withdrawn() ? "withdrawn" : a.status(),
      a.opened(),
      a.updated(),
      a.closed(),
      a.opened(),
      a.lastDay(),
      a.value(),
      a.storedBaseline(),
      a.storedScore(),
      a.score() >= a.cusum() / 2 ? "robust-z" : "cusum",
      p.threatTypes(),
      r.greatPowerParty(),
      e.outsidePowerShare(),
      p.themes(),
      p.maritimeShare(),
      p.humanitarianShare(),
      a.protracted()
    };
  }
}
