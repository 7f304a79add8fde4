/** Keeping live forecasts in the store, per unit and period, with their run's provenance. */
package org.amity.forecast.store;
