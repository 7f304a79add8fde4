-- Amity store: following track II recommendations (issue 12). Append-only: a status change is a
-- new row (the current status is the latest change, else the status recorded with the meeting);
-- links to track I timeline entries made after the meeting was recorded are rows of their own.

CREATE TABLE track2_status_changes (
  id                 BIGINT PRIMARY KEY,
  recommendation_id  BIGINT NOT NULL,
  status             VARCHAR NOT NULL,   -- submitted, discussed, adopted, declined
  status_date        DATE NOT NULL,      -- when it happened
  note               VARCHAR,
  changed_by         VARCHAR NOT NULL,   -- the Amity user who recorded it (never a participant)
  changed_at         TIMESTAMP NOT NULL
);

CREATE TABLE track2_links (
  recommendation_id  BIGINT NOT NULL,
  entry_id           BIGINT NOT NULL,
  linked_by          VARCHAR NOT NULL,
  linked_at          TIMESTAMP NOT NULL
);
