package org.amity.flink.signal;

/** One party's answer to a {@link PartyRequest}: its reports in the window, and those outside. */
public record PartyCount(int id, int revision, long all, long outside) {}
