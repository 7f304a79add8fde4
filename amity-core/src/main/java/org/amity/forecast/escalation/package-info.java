/**
 * Dyad escalation forecast from event indicators (ICEWS QuadClass counts per directed dyad and
 * month among the South China Sea claimants).
 */
package org.amity.forecast.escalation;
