package org.amity.flink.signal;

/** The spans one news file covers ({@link NewsFileDays}), under the file's id. */
public record FileSpans(int file, Coverage spans) {}
