package org.amity.flink.signal;

import java.util.List;
import org.amity.flink.ParquetTable;

/** Rows of {@code alert_evidence}, with the store's columns in the store's order. */
public final class AlertEvidenceTable implements ParquetTable<EvidenceRow> {
  private static final long serialVersionUID = 1L;

  @Override
  public String name() {
    return "alert_evidence";
  }

  @Override
  public List<String> columns() {
    return List.of(
        "alert_id",
        "rank",
        "dataset",
        "native_id",
        "event_date",
        "source",
        "target",
        "code",
        "goldstein",
        "reports",
        "url");
  }

  @Override
  public Object[] row(EvidenceRow r) {
    return new Object[] {
      r.alertId(),
      r.rank(),
      r.dataset(),
      r.nativeId(),
      r.eventDate(),
      r.source(),
      r.target(),
      r.code(),
      r.goldstein(),
      r.reports(),
      r.url()
    };
  }
}
