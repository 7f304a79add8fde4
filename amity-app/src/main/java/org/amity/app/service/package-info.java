/**
 * The live service's jobs: the landing folder, the GDELT feed, the scheduled watch and forecast
 * refresh, run inside the one process that owns the store. Each job runs on its own schedule,
 * retries with backoff when it fails, never stops the server, and reports its state on a {@link
 * org.amity.app.service.JobBoard} that the health API and the dashboard read.
 */
package org.amity.app.service;
