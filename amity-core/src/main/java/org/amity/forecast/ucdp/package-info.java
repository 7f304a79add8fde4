/**
 * Armed-conflict onset and escalation to war per country-year, from UCDP/PRIO conflict data and
 * UCDP battle deaths, with EWP's structural predictors as covariates.
 */
package org.amity.forecast.ucdp;
