/**
 * The sources: export files read and parsed with the core's own scanner and parsers, events and
 * rejects numbered per file so a restore resumes exactly; a Kafka topic of export lines parsed with
 * the core's line parser ({@link org.amity.flink.source.KafkaLines}); and the serializers of what
 * flows.
 */
package org.amity.flink.source;
