package org.amity.store;

import java.time.LocalDate;
import java.util.Map;

/**
 * Totals over the store.
 *
 * @param events stored events
 * @param datasets events per dataset, sorted by name
 * @param firstDate earliest event date, null when empty
 * @param lastDate latest event date, null when empty
 */
public record StoreStats(
    long events, Map<String, Long> datasets, LocalDate firstDate, LocalDate lastDate) {}
