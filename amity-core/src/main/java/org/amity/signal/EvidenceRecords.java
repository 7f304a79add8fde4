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

  /**
   * The dead of all the rows, in words: "893 killed in these 60 rows (of them 20 in the one
   * shown)"; null when no row's dataset counts the dead. A row whose dataset does not count them
   * adds nothing (sixth audit, J1: the item itself shows only its shown record's dead).
   */
  public String deathsInWords() {
    long best = 0;
    int counted = 0;
    Integer shown = null;
    for (EvidenceRecord r : records) {
      if (r.deaths() != null) {
        best += r.deaths().best();
        counted++;
        if (r.shown()) {
          shown = r.deaths().best();
        }
      }
    }
    if (counted == 0) {
      return null;
    }
    String rows = counted == 1 ? "this row" : "these " + counted + " rows";
    String total = (best == 0 ? "no one killed in " : best + " killed in ") + rows;
    return counted > 1 && shown != null ? total + " (" + shown + " in the one shown)" : total;
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
