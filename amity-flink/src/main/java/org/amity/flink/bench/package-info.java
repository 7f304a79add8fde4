/** The throughput benchmark of the job beside the embedded ingest, on one resampled file. */
package org.amity.flink.bench;
