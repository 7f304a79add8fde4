/** The job's own output tables (events, rejects): how a parsed line becomes a store row. */
package org.amity.flink.tables;
