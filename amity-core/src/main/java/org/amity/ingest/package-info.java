/**
 * Reading event files into the store, line by line, in constant memory.
 *
 * <p>Data flow: {@link org.amity.ingest.InputFile} opens a plain, gzip or zip file and hashes its
 * raw bytes; {@link org.amity.ingest.LineBlocks} cuts the decompressed stream into blocks of whole
 * lines that worker threads take in turn; a {@link org.amity.ingest.RowParser} turns each line into
 * an {@link org.amity.event.Event} or a rejection with its reason; {@link
 * org.amity.ingest.FileScan} ties these together for one file and keeps the counts, so that every
 * line read is accounted for as accepted, rejected, duplicate or filtered out.
 */
package org.amity.ingest;
