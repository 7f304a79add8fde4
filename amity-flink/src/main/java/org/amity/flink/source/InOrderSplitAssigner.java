package org.amity.flink.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.assigners.FileSplitAssigner;

/**
 * Hands out files in path order, as the embedded ingest reads a folder (sorted), so with one reader
 * the first file in that order wins a duplicate, exactly as there. GDELT names its files by time,
 * so path order is also time order and the per-split watermarks advance together.
 */
public final class InOrderSplitAssigner implements FileSplitAssigner {
  private static final Comparator<FileSourceSplit> ORDER =
      Comparator.comparing((FileSourceSplit s) -> s.path().toString())
          .thenComparingLong(FileSourceSplit::offset)
          .thenComparing(FileSourceSplit::splitId);

  private final TreeSet<FileSourceSplit> splits = new TreeSet<>(ORDER);

  public InOrderSplitAssigner(Collection<FileSourceSplit> splits) {
    this.splits.addAll(splits);
  }

  @Override
  public Optional<FileSourceSplit> getNext(String hostname) {
    return Optional.ofNullable(splits.pollFirst());
  }

  @Override
  public void addSplits(Collection<FileSourceSplit> more) {
    splits.addAll(more);
  }

  @Override
  public Collection<FileSourceSplit> remainingSplits() {
    return new ArrayList<>(splits);
  }
}
