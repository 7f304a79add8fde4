package org.amity.flink;

import java.io.Serializable;
import java.util.List;

/**
 * One table of the cluster output: its name (a table of the store's migrations, e.g. {@code
 * indicator_days}), its columns, and how a record becomes a row. The job writes each table to
 * {@code OUT/<name>/part-<subtask>-<seq>.parquet} with exactly the store's column names and types.
 *
 * @param <T> the record the stream carries
 */
public interface ParquetTable<T> extends Serializable {
  /** The store table this is, e.g. {@code alerts}. */
  String name();

  /** Every column of the store table, in the order {@link #row} gives the values. */
  List<String> columns();

  /**
   * The record's values in the order of {@link #columns()}: String, Boolean, Byte, Short, Integer,
   * Long, Double, LocalDate, LocalDateTime, or null.
   */
  Object[] row(T record);
}
