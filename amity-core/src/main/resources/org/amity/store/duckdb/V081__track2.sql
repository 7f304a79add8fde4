-- Amity store: track II meetings under non-attribution (issue 12). Participant names live only in
-- track2_participants, which the store reads for the convenor alone.

CREATE SEQUENCE track2_id_seq START 1;

CREATE TABLE track2_meetings (
  id                 BIGINT PRIMARY KEY,
  meeting_date       DATE NOT NULL,
  title              VARCHAR NOT NULL,
  organisers         VARCHAR NOT NULL,   -- JSON array
  participant_count  INTEGER NOT NULL,
  affiliations       VARCHAR NOT NULL,   -- JSON object: affiliation type -> count
  findings           VARCHAR NOT NULL,   -- JSON array
  recorded_by        VARCHAR NOT NULL,
  recorded_at        TIMESTAMP NOT NULL
);

CREATE TABLE track2_participants (
  meeting_id  BIGINT NOT NULL,
  name        VARCHAR NOT NULL
);

-- status: submitted, discussed, adopted, declined; linked: JSON array of timeline entry ids.
CREATE TABLE track2_recommendations (
  id          BIGINT PRIMARY KEY,
  meeting_id  BIGINT NOT NULL,
  text        VARCHAR NOT NULL,
  status      VARCHAR NOT NULL,
  linked      VARCHAR NOT NULL
);
