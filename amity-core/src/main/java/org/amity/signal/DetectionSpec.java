package org.amity.signal;

/**
 * One detector to run: over which series (scope, resolution, numerator indicator, denominator
 * indicator or none) and with which settings.
 *
 * @param name short identifier, also the alert's indicator label (e.g. "conflict")
 * @param denominator indicator giving the volume, or null to score plain counts
 * @param minSubjectVolume subjects whose whole series has less volume (or count) than this are not
 *     watched (too sparse to say anything)
 */
public record DetectionSpec(
    String name,
    Scope scope,
    Resolution resolution,
    String numerator,
    String denominator,
    double minSubjectVolume,
    DetectorSettings settings) {}
