/**
 * Features that carry the change in an event's rate over time: the world's and the region's recent
 * onset rates and the country's own recent onsets, each read only from years strictly before the
 * feature year (docs/forecasting.md, section 0f).
 */
package org.amity.forecast.rates;
