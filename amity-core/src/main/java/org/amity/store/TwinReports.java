package org.amity.store;

/**
 * What merging the two piracy files' reports of one incident did: the pairs merged now (the second
 * report of each moved out of the events, kept with its reason) and the reports merged before that
 * an ingest stored again and that were moved out again.
 *
 * @param pairs incidents whose second report was moved now
 * @param again reports ingested again after an earlier merge, moved out again
 */
public record TwinReports(long pairs, long again) {}
