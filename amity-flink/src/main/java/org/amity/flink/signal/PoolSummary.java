package org.amity.flink.signal;

/**
 * What an alert's evidence pool says, as its columns store it.
 *
 * @param threatTypes the threat types' shares as the store's JSON object
 * @param themes the themes as the store's JSON array
 * @param areaShare the outside great powers' share of a sea area's incidents (0 for other scopes)
 */
public record PoolSummary(
    AlertRow alert,
    String threatTypes,
    String themes,
    double maritimeShare,
    double humanitarianShare,
    double areaShare) {}
