package org.amity.signal.daily;

import java.time.LocalDate;
import org.amity.signal.Scope;

/** One row of {@code indicator_days}: a subject's counts on one day. */
public record IndicatorDay(Scope scope, String subject, LocalDate day, DayCounts counts) {}
