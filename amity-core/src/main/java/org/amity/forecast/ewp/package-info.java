/**
 * The Early Warning Project's mass-killing onset panel: its prepared predictors, its label, and its
 * published fully out-of-sample forecasts to score against.
 */
package org.amity.forecast.ewp;
