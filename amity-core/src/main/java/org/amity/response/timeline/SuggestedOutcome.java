package org.amity.response.timeline;

/**
 * What the data suggest followed an action: the indicator's mean over the periods after it, against
 * its baseline and against the periods before.
 *
 * @param outcome de-escalated, unchanged or escalated
 * @param basis the figures, in words ("mean 14.0 in the 3 months after against baseline 6.0 and
 *     21.0 before")
 */
public record SuggestedOutcome(String outcome, String basis) {}
