-- The days each stored news file covers (NewsCoverage, SignalSeries.newsCoverage), judged once per
-- file by the watch: a file's events do not change after its ingest, except when a replacing
-- ingest deletes some of them, which empties this table (Replacement.forget). A file judged to hold
-- no news row has one row with no days. Stores from before are judged on their next read or watch.
CREATE TABLE news_file_spans (ingest_id BIGINT NOT NULL, first_day DATE, last_day DATE);
