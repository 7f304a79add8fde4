/**
 * The exactly-once Parquet sink: rows gathered per checkpoint, written to a hidden file when the
 * checkpoint starts, renamed to {@code part-<subtask>-<seq>.parquet} once it completes.
 */
package org.amity.flink.sink;
