package org.amity.signal;

import java.util.List;

/**
 * The stored rows behind one evidence item of an alert: the rows of the item's day that its count
 * was made from (the rows of the alert's pool, of its indicator's class, that share the item's
 * evidence group: source and target codes, CAMEO code and action country), the shown row first,
 * then by dataset and native id. On stored data their number equals the item's {@link
 * Evidence#reports}.
 *
 * @param alertId the alert
 * @param item the item's place in the alert's evidence, from 1
 * @param evidence the item as the alert shows it
 * @param drawnFrom whose reports the rows were drawn from, in words ("Philippines (country PHL):
 *     conflict reports (verbal or material)")
 * @param note why the rows may differ from the item's count, null when they are its rows exactly
 */
public record EvidenceRecords(
    long alertId,
    int item,
    Evidence evidence,
    String drawnFrom,
    String note,
    List<EvidenceRecord> records) {
  public EvidenceRecords {
    records = List.copyOf(records);
  }

  /** Whether the rows are as many as the item says it stands for. */
  public boolean complete() {
    return records.size() == evidence.reports();
  }

  /** No such alert, or no such item of an alert; the message says which. */
  public static final class Missing extends java.util.NoSuchElementException {
    private static final long serialVersionUID = 1L;

    public Missing(String message) {
      super(message);
    }
  }
}
