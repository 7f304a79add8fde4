package org.amity.signal;

import java.time.LocalDate;

/**
 * One piece of evidence behind an alert: an incident (news reports collapsed) with who did what to
 * whom and where it was reported.
 *
 * @param source source actor as coded (code, else name)
 * @param target target actor as coded
 * @param code CAMEO event code
 * @param reports how many stored reports describe this incident
 */
public record Evidence(
    LocalDate date,
    String source,
    String target,
    String code,
    double goldstein,
    int reports,
    String url,
    String dataset,
    String nativeId) {}
