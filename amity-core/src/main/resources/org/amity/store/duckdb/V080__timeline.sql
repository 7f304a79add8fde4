-- Amity store: response timelines (issue 12). Append-only: an entry is never updated or deleted;
-- a correction is a new entry whose supersedes names the old one, and both stay.

CREATE SEQUENCE timeline_id_seq START 1;

-- One entry of a situation's response timeline. situation_id is null when no situation of the
-- store covers the entry's subject around its date (a response the watch did not see coming);
-- scope and subject are always set. kind: acknowledged, consultation, proposal, decision, action,
-- outcome, closed (warning and level entries are read from alerts, not stored here).
-- visibility: the least role that may read it (viewer, analyst, admin).
-- origin: analyst, import:FILE or simulated (the demo). suggested_outcome and suggestion_basis:
-- what the data suggested for an outcome entry, kept beside the analyst's outcome.
CREATE TABLE timeline_entries (
  id                 BIGINT PRIMARY KEY,
  situation_id       INTEGER,
  scope              VARCHAR NOT NULL,
  subject            VARCHAR NOT NULL,
  kind               VARCHAR NOT NULL,
  event_date         DATE NOT NULL,
  until_date         DATE,
  text               VARCHAR,
  reference          VARCHAR,
  instrument         VARCHAR,
  measure            VARCHAR,
  body               VARCHAR,
  track              INTEGER,
  decision           VARCHAR,
  outcome            VARCHAR,
  actor              VARCHAR,
  visibility         VARCHAR NOT NULL,
  supersedes         BIGINT,
  about              BIGINT,
  author             VARCHAR NOT NULL,
  recorded_at        TIMESTAMP NOT NULL,
  origin             VARCHAR NOT NULL,
  suggested_outcome  VARCHAR,
  suggestion_basis   VARCHAR
);
