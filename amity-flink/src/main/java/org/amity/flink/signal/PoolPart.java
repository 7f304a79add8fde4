package org.amity.flink.signal;

/**
 * A lens reading on its way to one pooled reading: {@code key} is "pool|sea area" (a dyad's reading
 * goes to every sea area both its parties border).
 */
public record PoolPart(String key, LensReading reading) {}
