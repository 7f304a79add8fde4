package org.amity.flink.sink;

/**
 * A Parquet file written for one checkpoint and waiting for it to complete.
 *
 * @param pending the hidden file as written
 * @param committed the name it takes once the checkpoint completes
 */
public record PartFile(String pending, String committed) {}
