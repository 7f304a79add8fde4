-- Reports of one maritime incident from the other file (IMB and NGA ASAM both report most
-- incidents): the report kept out of the events so that the incident counts once, the whole row as
-- it was stored, with the report it was merged into and why (PiracyTwins).
CREATE TABLE IF NOT EXISTS piracy_twins AS
SELECT e.*, CAST(NULL AS VARCHAR) AS kept_native_id, CAST(NULL AS INTEGER) AS days_apart,
       CAST(NULL AS DOUBLE) AS distance_nm, CAST(NULL AS VARCHAR) AS reason,
       CAST(NULL AS INTEGER) AS merged_at_ingest
FROM events e LIMIT 0;
