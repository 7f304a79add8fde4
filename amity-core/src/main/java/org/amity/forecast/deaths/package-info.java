/**
 * Deadly organised violence per province and month from UCDP GED events (deaths best estimates), as
 * a forecasting target: will a province with a violent past see anyone killed next month.
 */
package org.amity.forecast.deaths;
