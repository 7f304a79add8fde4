package org.amity.flink.signal;

import java.time.LocalDate;

/**
 * An alert's question to one of its parties: how many of the party's reports in the window (those
 * it is the first party of) had an outside great power on the other side.
 *
 * @param parties the alert's parties, comma-separated, in the order of {@code Scope.parties}
 */
public record PartyRequest(
    int id, int revision, String parties, String party, LocalDate from, LocalDate to) {}
