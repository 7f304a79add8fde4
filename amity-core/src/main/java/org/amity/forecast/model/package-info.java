/**
 * Models that learn forecasts: an elastic-net logistic regression fitted as glmnet fits it (to
 * reproduce the Early Warning Project), gradient-boosted trees through Tribuo/XGBoost, and a
 * Poisson regression for incident counts.
 */
package org.amity.forecast.model;
