package org.amity.response.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * The series behind a situation's strongest alert, as the watch scored it.
 *
 * @param values the scored count per period (rolled as the detector rolls it)
 * @param expected what the detector's baseline expected in each period (NaN before enough history)
 */
public record IndicatorTrace(
    String indicator,
    String resolution,
    List<LocalDate> periods,
    double[] values,
    double[] expected) {}
