/**
 * The file source: export files read and parsed with the core's own scanner and parsers, events and
 * rejects numbered per file so a restore resumes exactly, and the serializers of what flows.
 */
package org.amity.flink.source;
