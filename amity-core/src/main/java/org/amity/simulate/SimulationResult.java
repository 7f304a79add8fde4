package org.amity.simulate;

/**
 * What a simulation wrote.
 *
 * @param files export files written (one per day)
 * @param rows rows in all files
 * @param episodeRows rows caused by episodes
 * @param truth the ground truth, as written to truth.json
 */
public record SimulationResult(int files, long rows, long episodeRows, Truth truth) {}
