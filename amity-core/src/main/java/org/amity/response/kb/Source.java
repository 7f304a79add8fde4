package org.amity.response.kb;

import java.time.LocalDate;

/**
 * Where a fact comes from.
 *
 * @param citation what the source says, in Amity's words
 * @param title the document's title (may be empty when a url is given)
 * @param url the address of the document or a report of it (may be empty)
 * @param date the date of the document or of the event it records
 * @param checked how the entry was verified: "text" (read) or "recall" (written from memory)
 */
public record Source(
    String id, String citation, String title, String url, LocalDate date, String checked) {}
