package org.amity.flink.signal;

import java.time.LocalDate;

/**
 * The first day the data covers fully, as far as the watermark has come (see {@code
 * DetectorSeries.coverageStart}); null while no day reaches the threshold.
 */
public record Coverage(LocalDate start) {}
