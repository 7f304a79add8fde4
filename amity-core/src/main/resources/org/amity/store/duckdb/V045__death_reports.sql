-- How many of a subject's reports of a day come from a source that counts the dead (ACLED, UCDP
-- GED), so that a month no such source covered is told from a month with no deaths: the deaths
-- lenses and the charts read a subject's deaths only from its first to its last month with such a
-- report (DayCounts.COVERED_BY). Older rows get 0; the watch bookmark is dropped so the next watch
-- recomputes every day and the counts are real. The view series_derived is written again on open
-- (SeriesView) with the new column.
ALTER TABLE indicator_days ADD COLUMN death_reports BIGINT DEFAULT 0;
DELETE FROM watch_state WHERE key = 'ingest_id';
