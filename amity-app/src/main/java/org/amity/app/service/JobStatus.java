package org.amity.app.service;

import java.time.Instant;

/**
 * What a job last did, as the health report shows it.
 *
 * @param name the job's name
 * @param schedule how it is scheduled, in words ("every 15 min", "after each ingest")
 * @param running whether a round is under way now
 * @param lastRun when the last round started, null before the first
 * @param lastSuccess when the last successful round ended, null before one
 * @param lastError the last failure's message, null when the last round succeeded
 * @param lastOutcome what the last successful round did
 * @param runs rounds started
 * @param failures rounds failed
 * @param nextRun when the next round is due (after a failure: the backoff), null when on demand
 * @param lagMinutes for feeds, minutes the store is behind the newest published file; else null
 */
public record JobStatus(
    String name,
    String schedule,
    boolean running,
    Instant lastRun,
    Instant lastSuccess,
    String lastError,
    String lastOutcome,
    long runs,
    long failures,
    Instant nextRun,
    Double lagMinutes) {}
