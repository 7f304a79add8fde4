package org.amity.store;

import java.time.LocalDateTime;

/** One row of the ingest log. */
public record IngestLogEntry(
    long id,
    String file,
    String sha256,
    long sizeBytes,
    String dataset,
    String format,
    String status,
    String message,
    LocalDateTime startedAt,
    LocalDateTime finishedAt,
    long lines,
    long accepted,
    long rejected,
    long duplicates,
    long filtered,
    String region) {}
