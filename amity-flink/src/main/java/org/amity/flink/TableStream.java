package org.amity.flink;

import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * A stream of records bound for one output table.
 *
 * @param table the table and how a record maps to a row
 * @param stream the records
 * @param <T> the record type
 */
public record TableStream<T>(ParquetTable<T> table, DataStream<T> stream) {}
