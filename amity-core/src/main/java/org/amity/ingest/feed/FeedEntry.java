package org.amity.ingest.feed;

import java.time.LocalDateTime;

/**
 * One archive listed in a GDELT index line ({@code size md5 url}).
 *
 * @param timestamp the 15-minute slot (UTC) the archive covers
 * @param fileName e.g. {@code 20161013151500.export.CSV.zip}
 * @param sizeBytes size the index gives, or -1 if unknown
 * @param md5 lower-case hex MD5 the index gives, or null if unknown
 */
public record FeedEntry(LocalDateTime timestamp, String fileName, long sizeBytes, String md5) {}
