package org.amity.flink.signal;

import org.amity.signal.daily.PartyTraffic;

/** One report, as traffic of one party country. */
public record PartyReport(String party, PartyTraffic traffic) {}
