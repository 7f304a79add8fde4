package org.amity.ingest;

/**
 * A line that could not be stored, with the reason.
 *
 * @param file the file name as given on the command line
 * @param line 1-based line number in the (decompressed) file
 * @param reason why it was rejected, in words
 */
public record Reject(String file, long line, String reason) {}
