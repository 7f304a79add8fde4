package org.amity.store;

import java.util.List;

/**
 * What the ingest log and the rejected lines hold, a page at a time: where the data came from and
 * what was refused, with the reason for every refused line.
 */
public interface IngestRecords {

  /** One rejected line. */
  record StoredReject(String file, long line, String reason, long ingestId) {}

  /**
   * Rejects that share a reason once the specifics are masked: digit runs read as N, so "expected
   * 61 columns, got 3" and "... got 7" fall into one group.
   *
   * @param example one reason of the group as written
   */
  record RejectReason(String reason, long lines, long files, String example) {}

  /**
   * Which rejects to read.
   *
   * @param reason only this masked reason (see {@link RejectReason}), or null for all
   * @param file only lines of this file name, or null for all
   */
  record RejectQuery(String reason, String file, int limit, int offset) {}

  /** Ingest attempts, newest first. */
  List<IngestLogEntry> ingestLog(int limit, int offset);

  /** Ingest attempts with one status ("done", "failed"), newest first. */
  List<IngestLogEntry> ingestLog(String status, int limit, int offset);

  /**
   * How many ingest attempts the log holds, in all and by status, so a page of the log can say
   * which part of the whole it shows.
   */
  record IngestLogCounts(long total, java.util.Map<String, Long> byStatus) {
    public IngestLogCounts {
      byStatus = java.util.Map.copyOf(byStatus);
    }
  }

  IngestLogCounts ingestLogCounts();

  /** Rejected lines, oldest ingest first, then by line. */
  List<StoredReject> rejects(RejectQuery query);

  /** Reasons with how many lines and files each, most lines first; at most {@code limit}. */
  List<RejectReason> rejectReasons(int limit);
}
