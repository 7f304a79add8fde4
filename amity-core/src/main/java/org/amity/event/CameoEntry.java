package org.amity.event;

/**
 * One line of the CAMEO codebook.
 *
 * @param code the event code ("0231")
 * @param label Amity's short label
 * @param quadClass the code's QuadClass
 * @param goldstein the code's Goldstein weight
 */
public record CameoEntry(CameoCode code, String label, QuadClass quadClass, double goldstein) {}
