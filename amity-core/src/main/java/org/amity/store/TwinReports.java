package org.amity.store;

/**
 * What merging the piracy files' reports of one incident did: the incidents in both files whose
 * second report was moved out of the events now, the reports repeated in one file moved out now
 * (each kept with its reason), and the reports merged before that an ingest stored again and that
 * were moved out again.
 *
 * @param pairs incidents in both files (IMB and ASAM) whose second report was moved now
 * @param repeats reports repeating another report of the same file, moved now
 * @param again reports ingested again after an earlier merge, moved out again
 */
public record TwinReports(long pairs, long repeats, long again) {}
