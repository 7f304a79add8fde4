package org.amity.flink.sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import org.apache.flink.api.connector.sink2.Committer;

/**
 * Makes a checkpoint's part files visible by renaming them (atomic on one file system). A part
 * whose pending file is gone but whose final file exists was committed before a restore; one with
 * neither is lost output, and the job fails rather than finish short.
 */
final class PartCommitter implements Committer<PartFile> {
  @Override
  public void commit(Collection<CommitRequest<PartFile>> requests) throws IOException {
    for (CommitRequest<PartFile> request : requests) {
      Path pending = Path.of(request.getCommittable().pending());
      Path committed = Path.of(request.getCommittable().committed());
      if (Files.exists(pending)) {
        Files.move(pending, committed, StandardCopyOption.ATOMIC_MOVE);
      } else if (Files.exists(committed)) {
        request.signalAlreadyCommitted();
      } else {
        request.signalFailedWithKnownReason(
            new IOException(
                "part file " + pending + " vanished before its checkpoint was committed"));
      }
    }
  }

  @Override
  public void close() {}
}
