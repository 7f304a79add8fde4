/**
 * Forecasting with honest, reproducible backtests: probabilities of mass-killing onset (Early
 * Warning Project data), armed-conflict onset and escalation (UCDP/PRIO), maritime incident counts
 * by sea area (IMB, NGA ASAM) and dyad escalation from event indicators (ICEWS), each scored out of
 * time next to naive baselines and, where one exists, a published model.
 *
 * <p>Data flow: a target builds a {@link org.amity.forecast.backtest.Panel} of cases; {@link
 * org.amity.forecast.backtest.RollingOrigin} decides what each origin may learn from; a model
 * ({@link org.amity.forecast.model}) forecasts; {@link org.amity.forecast.backtest.Backtest} scores
 * the model and the baselines on the same cases; {@link org.amity.forecast.Provenance} records what
 * the run was made from; {@link org.amity.forecast.store.ForecastStore} keeps live forecasts for
 * the dashboard.
 */
package org.amity.forecast;
