/**
 * CSV inputs with a header line, read with a real CSV parser (quoted fields that span lines, a
 * byte-order mark), one record at a time, with the same accounting as the line formats: every
 * record is an event, a reject with its line and reason, or a skipped header or blank line.
 */
package org.amity.ingest.csv;
