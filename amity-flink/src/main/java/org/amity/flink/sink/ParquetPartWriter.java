package org.amity.flink.sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.amity.flink.ParquetTable;
import org.amity.store.StoreException;
import org.amity.store.duckdb.ParquetParts;
import org.apache.flink.api.connector.sink2.CommittingSinkWriter;

/** Gathers one subtask's rows per checkpoint and writes them to a pending file at the barrier. */
final class ParquetPartWriter<T> implements CommittingSinkWriter<T, PartFile> {
  private final ParquetTable<T> table;
  private final Path folder;
  private final int subtask;
  private final int attempt;
  private final ParquetParts parts;
  private long seq;

  ParquetPartWriter(ParquetTable<T> table, Path folder, int subtask, int attempt, long firstSeq)
      throws IOException {
    this.table = table;
    this.folder = folder;
    this.subtask = subtask;
    this.attempt = attempt;
    this.seq = firstSeq;
    try {
      Files.createDirectories(folder);
      this.parts = ParquetParts.open(table.name(), table.columns());
    } catch (StoreException e) {
      throw new IOException(
          table.name() + ": cannot open the Parquet buffer: " + e.getMessage(), e);
    }
  }

  @Override
  public void write(T record, Context context) throws IOException {
    try {
      parts.append(table.row(record));
    } catch (StoreException e) {
      throw new IOException(table.name() + ": cannot buffer a row: " + e.getMessage(), e);
    }
  }

  @Override
  public void flush(boolean endOfInput) {
    // rows are written when the checkpoint's committables are prepared
  }

  @Override
  public Collection<PartFile> prepareCommit() throws IOException {
    if (parts.rows() == 0) {
      return List.of();
    }
    long n = seq++;
    Path pending = PartNames.pending(folder, subtask, n, attempt);
    Path committed = PartNames.committed(folder, subtask, n);
    try {
      parts.writeTo(pending);
    } catch (StoreException e) {
      throw new IOException(table.name() + ": cannot write " + pending + ": " + e.getMessage(), e);
    }
    return List.of(new PartFile(pending.toString(), committed.toString()));
  }

  @Override
  public void close() throws Exception {
    parts.close();
  }
}
