/**
 * The early-warning pipeline as an Apache Flink job ({@link org.amity.flink.AmityFlinkJob}): export
 * files read with Flink's file source and the core's own parsers, de-duplicated in keyed state,
 * handed to the signal stages ({@link org.amity.flink.SignalStages}), and written as Parquet
 * folders with the store's table layout ({@link org.amity.flink.ParquetTable}) by an exactly-once
 * sink.
 */
package org.amity.flink;
