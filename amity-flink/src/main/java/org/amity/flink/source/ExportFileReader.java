package org.amity.flink.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Optional;
import org.amity.event.Event;
import org.amity.ingest.FileScan;
import org.amity.ingest.Format;
import org.amity.ingest.FormatDetector;
import org.amity.ingest.InputFile;
import org.amity.ingest.Reject;
import org.amity.pipeline.NotEventFiles;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.ArrayResultIterator;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;

/**
 * Reads one export file in batches: events and rejects in line order, each numbered, so that a
 * restore skips exactly the records emitted before the checkpoint (the file is re-read and
 * re-parsed up to there; parsing is deterministic). A file the core cannot recognise yields one
 * reject at line 0 with the reason, as the embedded ingest logs it as failed.
 */
final class ExportFileReader implements BulkFormat.Reader<ParsedLine> {
  private static final int BATCH = 1024;

  private final Path path;
  private final String name;
  private final int ingestId;
  private final FileScan scan;
  private final FileScan.Worker worker;
  private final ArrayDeque<Reject> pendingRejects = new ArrayDeque<>();
  private final ArrayDeque<ParsedLine> ready = new ArrayDeque<>();
  private Reject failure;
  private String sha256;
  private long emitted;
  private boolean done;

  /**
   * @param officeHolders the path of the office-holder list ICEWS files are read with ({@link
   *     org.amity.ingest.OfficeHolders}), null for none
   */
  ExportFileReader(Path path, String name, long skip, String officeHolders) throws IOException {
    this.path = path;
    this.name = name;
    this.ingestId = FileIds.of(name);
    Optional<String> notEvents = NotEventFiles.reason(path);
    FileScan opened = null;
    boolean answerKey = org.amity.simulate.Truth.FILE_NAME.equals(path.getFileName().toString());
    if (notEvents.isPresent() || answerKey) {
      // documentation or the simulator's answer key beside the exports: skipped, as the embedded
      // ingest does
      done = true;
    } else {
      try {
        Format format = FormatDetector.detect(path);
        opened =
            FileScan.open(
                path,
                name,
                format,
                null,
                format == Format.ICEWS ? OfficeHolderLists.get(officeHolders) : null);
        opened.rejects().listen(pendingRejects::add);
      } catch (IOException e) {
        failure = new Reject(name, 0, e.getMessage() + "; nothing of this file was stored");
      }
    }
    this.scan = opened;
    this.worker = opened == null ? null : opened.newWorker();
    for (long i = 0; i < skip; i++) {
      if (nextRecord() == null) {
        throw new IOException(
            name + ": has fewer records than the checkpoint had read (" + skip + "); it changed");
      }
    }
  }

  @Override
  public BulkFormat.RecordIterator<ParsedLine> readBatch() throws IOException {
    ParsedLine[] batch = new ParsedLine[BATCH];
    long firstSkip = emitted;
    int n = 0;
    while (n < BATCH) {
      ParsedLine p = nextRecord();
      if (p == null) {
        break;
      }
      batch[n++] = p;
    }
    if (n == 0) {
      return null;
    }
    ArrayResultIterator<ParsedLine> it = new ArrayResultIterator<>();
    it.set(batch, n, CheckpointedPosition.NO_OFFSET, firstSkip);
    return it;
  }

  /** The next event or reject, or null at the end of the file. */
  private ParsedLine nextRecord() throws IOException {
    if (ready.isEmpty() && !done) {
      fill();
    }
    ParsedLine p = ready.pollFirst();
    if (p != null) {
      emitted++;
    }
    return p;
  }

  /** Reads on to the next event; the rejects met on the way come first, in line order. */
  private void fill() throws IOException {
    if (failure != null) {
      ready.add(ParsedLine.reject(failure, ingestId, fileHash()));
      done = true;
      return;
    }
    Event e = worker.next();
    while (!pendingRejects.isEmpty()) {
      ready.add(ParsedLine.reject(pendingRejects.pollFirst(), ingestId, fileHash()));
    }
    if (e == null) {
      done = true;
    } else {
      ready.add(ParsedLine.event(e, ingestId, worker.line()));
    }
  }

  private String fileHash() throws IOException {
    if (sha256 == null) {
      try (InputFile f = InputFile.open(path)) {
        sha256 = f.sha256();
      }
    }
    return sha256;
  }

  @Override
  public void close() throws IOException {
    if (scan != null) {
      scan.close();
    }
  }
}
