package org.amity.signal;

import java.util.List;
import org.amity.typology.ThreatProfile;

/**
 * A detected alert with what its evidence says, ready to be stored.
 *
 * @param maritimeShare share of the evidence at sea
 * @param humanitarianShare share of the evidence of humanitarian kind
 */
public record AlertDraft(
    DetectedAlert detected,
    ThreatProfile profile,
    List<Evidence> evidence,
    boolean greatPowerParty,
    double outsidePowerShare,
    List<String> themes,
    double maritimeShare,
    double humanitarianShare) {}
