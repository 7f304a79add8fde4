/**
 * The JSON shapes of Amity's domain records (events, alerts and situations, series, ingest records,
 * recommendations), one mapping each, used by the CLI's {@code --json} output and by the REST API
 * alike, so that both say the same thing in the same words.
 */
package org.amity.app.json;
