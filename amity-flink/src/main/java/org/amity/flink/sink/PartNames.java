package org.amity.flink.sink;

import java.nio.file.Path;

/**
 * Names in a table's folder: {@code part-<subtask>-<seq>.parquet} for committed files, and hidden
 * {@code .part-<subtask>-<seq>.<attempt>.inprogress} while a checkpoint is open, so a reader's
 * {@code *.parquet} never sees a half-written or uncommitted file.
 *
 * <p>Sequence numbers never repeat within a folder: an attempt restored from checkpoint {@code n}
 * numbers from {@code n * 1,000,000 + 1}, above every file committed before (checkpoint ids only
 * rise), and {@code 0} is kept for the empty file a table starts with.
 */
public final class PartNames {
  static final long PER_CHECKPOINT = 1_000_000L;

  private PartNames() {}

  /** The first sequence number of an attempt restored from {@code checkpointId} (0: none). */
  static long firstSeq(long checkpointId) {
    return checkpointId * PER_CHECKPOINT + 1;
  }

  public static Path committed(Path folder, int subtask, long seq) {
    return folder.resolve("part-" + subtask + "-" + seq + ".parquet");
  }

  static Path pending(Path folder, int subtask, long seq, int attempt) {
    return folder.resolve(".part-" + subtask + "-" + seq + "." + attempt + ".inprogress");
  }

  /** The file a table's folder starts with: no rows, the table's columns. */
  public static Path empty(Path folder) {
    return committed(folder, 0, 0);
  }
}
