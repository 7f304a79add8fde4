package org.amity.signal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What situation grouping needs to know of a stored alert. */
public record AlertSummary(
    long id,
    String indicator,
    Level level,
    Level peakLevel,
    boolean open,
    LocalDate opened,
    LocalDate lastDay,
    LocalDate closed,
    Map<String, Double> threatShares,
    boolean greatPowerParty,
    double outsidePowerShare,
    List<String> themes,
    double maritimeShare,
    double humanitarianShare) {}
