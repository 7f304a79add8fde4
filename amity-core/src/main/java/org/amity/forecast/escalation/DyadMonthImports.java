package org.amity.forecast.escalation;

import java.util.List;

/**
 * Imported dyad-month QuadClass series (scope dyad, resolution month, indicators q1..q4, directed
 * subjects "A&gt;B"), as {@link StoreDyadMonths} reads them.
 */
public interface DyadMonthImports {

  /** One imported value. */
  record Row(String source, String subject, String indicator, int year, int month, double value) {}

  List<Row> dyadMonthRows();
}
