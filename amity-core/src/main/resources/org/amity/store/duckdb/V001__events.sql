-- Amity store, version 1: events, the ingest log and rejected lines.

CREATE SEQUENCE ingest_id_seq START 1;

-- One row per file ingest attempt. Rows with status 'done' are written in the same transaction
-- as the file's events, so a file is either fully stored and logged, or not at all.
CREATE TABLE ingest_log (
  id           INTEGER PRIMARY KEY,
  file_name    VARCHAR NOT NULL,
  file_path    VARCHAR,
  sha256       VARCHAR,
  size_bytes   BIGINT,
  dataset      VARCHAR NOT NULL,
  format       VARCHAR NOT NULL,
  status       VARCHAR NOT NULL,   -- 'done' or 'failed'
  message      VARCHAR,
  started_at   TIMESTAMP NOT NULL,
  finished_at  TIMESTAMP,
  lines        BIGINT NOT NULL DEFAULT 0,
  accepted     BIGINT NOT NULL DEFAULT 0,
  rejected     BIGINT NOT NULL DEFAULT 0,
  duplicates   BIGINT NOT NULL DEFAULT 0,
  filtered     BIGINT NOT NULL DEFAULT 0,
  region       VARCHAR
);

-- Every stored event, one row per source record (GDELT: per news report; see the incidents view).
-- (dataset, native_id) is unique; the ingest path enforces it with an anti-join rather than an
-- index, which would slow bulk loads of millions of rows.
CREATE TABLE events (
  dataset          VARCHAR NOT NULL,
  native_id        VARCHAR NOT NULL,
  event_date       DATE NOT NULL,
  date_added       TIMESTAMP,
  src_code         VARCHAR,
  src_name         VARCHAR,
  src_country      VARCHAR,   -- ISO3
  src_group        VARCHAR,
  src_ethnic       VARCHAR,
  src_religion     VARCHAR,
  src_type1        VARCHAR,
  src_type2        VARCHAR,
  src_type3        VARCHAR,
  tgt_code         VARCHAR,
  tgt_name         VARCHAR,
  tgt_country      VARCHAR,
  tgt_group        VARCHAR,
  tgt_ethnic       VARCHAR,
  tgt_religion     VARCHAR,
  tgt_type1        VARCHAR,
  tgt_type2        VARCHAR,
  tgt_type3        VARCHAR,
  event_code       VARCHAR NOT NULL,
  base_code        VARCHAR NOT NULL,
  root_code        VARCHAR NOT NULL,
  is_root          BOOLEAN NOT NULL,
  quad_class       TINYINT NOT NULL,
  goldstein        DOUBLE NOT NULL,
  num_mentions     INTEGER NOT NULL,
  num_sources      INTEGER NOT NULL,
  num_articles     INTEGER NOT NULL,
  avg_tone         DOUBLE,
  action_country   VARCHAR,   -- ISO3 (or XSP/XPI for the Spratly/Paracel Islands)
  action_adm1      VARCHAR,
  action_lat       DOUBLE,
  action_lon       DOUBLE,
  action_precision VARCHAR NOT NULL,  -- none, country, adm1, place
  action_centroid  BOOLEAN NOT NULL,  -- true: coordinates are only a country centroid
  action_name      VARCHAR,
  source_url       VARCHAR,
  ingest_id        INTEGER NOT NULL,
  line             BIGINT NOT NULL    -- line in the ingested file, for provenance
);

-- Lines that could not be stored, with the reason. Kept once per distinct file content.
CREATE TABLE rejects (
  ingest_id  INTEGER NOT NULL,
  file_name  VARCHAR NOT NULL,
  sha256     VARCHAR NOT NULL,
  line       BIGINT NOT NULL,
  reason     VARCHAR NOT NULL
);

-- Incidents: news reports of the same thing collapsed. GDELT writes one row per report, so the
-- same clash reported by twenty outlets is twenty rows; here it is one with reports = 20.
CREATE VIEW incidents AS
SELECT dataset,
       event_date,
       src_code,
       tgt_code,
       event_code,
       action_country,
       count(*)                       AS reports,
       sum(num_articles)              AS articles,
       any_value(root_code)           AS root_code,
       any_value(quad_class)          AS quad_class,
       avg(goldstein)                 AS goldstein,
       any_value(src_country)         AS src_country,
       any_value(tgt_country)         AS tgt_country,
       min(native_id)                 AS first_native_id,
       any_value(source_url)          AS source_url
FROM events
GROUP BY dataset, event_date, src_code, tgt_code, event_code, action_country;
