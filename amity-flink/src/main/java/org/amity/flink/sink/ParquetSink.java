package org.amity.flink.sink;

import java.io.IOException;
import org.amity.flink.ParquetTable;
import org.apache.flink.api.connector.sink2.Committer;
import org.apache.flink.api.connector.sink2.CommitterInitContext;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.SupportsCommitter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * Writes a stream to {@code OUT/<table>/} as Parquet with exactly-once semantics: each writer
 * gathers the rows of one checkpoint, writes them to a hidden file when the checkpoint starts, and
 * the committer renames it to its final name when the checkpoint completes (idempotently: a
 * re-commit after a restore finds the file already renamed). A failure between the two leaves only
 * hidden files, which no reader lists and the next attempt never commits.
 *
 * @param <T> the record type
 */
public final class ParquetSink<T> implements Sink<T>, SupportsCommitter<PartFile> {
  private static final long serialVersionUID = 1L;

  private final ParquetTable<T> table;
  private final String out;

  /**
   * @param table the table and how a record maps to a row
   * @param out the job's output folder (the table's folder is created under it)
   */
  public ParquetSink(ParquetTable<T> table, String out) {
    this.table = table;
    this.out = out;
  }

  @Override
  public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
    long restored = context.getRestoredCheckpointId().orElse(0L);
    return new ParquetPartWriter<>(
        table,
        java.nio.file.Path.of(out, table.name()),
        context.getTaskInfo().getIndexOfThisSubtask(),
        context.getTaskInfo().getAttemptNumber(),
        PartNames.firstSeq(restored));
  }

  @Override
  public Committer<PartFile> createCommitter(CommitterInitContext context) {
    return new PartCommitter();
  }

  @Override
  public SimpleVersionedSerializer<PartFile> getCommittableSerializer() {
    return new PartFileSerializer();
  }
}
