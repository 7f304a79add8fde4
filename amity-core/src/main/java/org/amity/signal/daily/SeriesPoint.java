package org.amity.signal.daily;

import java.time.LocalDate;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;

/** One value of a derived series: a row of the view {@code series_derived} (source "events"). */
public record SeriesPoint(
    Scope scope,
    String subject,
    String indicator,
    Resolution resolution,
    LocalDate period,
    double value) {}
