/**
 * Indicator series imported as aggregates rather than derived from stored events: files of counts
 * per subject and period, read and checked in full, then stored as {@link
 * org.amity.ingest.series.SeriesPoint}s under the source {@code import:<file name>}.
 */
package org.amity.ingest.series;
