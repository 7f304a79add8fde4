-- Amity store: accounts and the analysts' record (web dashboard and API).

-- People who may sign in. role: viewer (read), analyst (read, acknowledge, note), admin (all).
-- password_hash is a bcrypt string (cost and salt inside it); never the password itself.
-- single_use: the password works for one sign-in and is then voided (the demo's one-time login).
CREATE TABLE users (
  name           VARCHAR PRIMARY KEY,
  role           VARCHAR NOT NULL,
  password_hash  VARCHAR NOT NULL,
  created_at     TIMESTAMP NOT NULL,
  created_by     VARCHAR NOT NULL,
  disabled       BOOLEAN NOT NULL DEFAULT false,
  single_use     BOOLEAN NOT NULL DEFAULT false
);

-- Signed-in sessions. The cookie holds a random token; only its SHA-256 is stored, so a copy of
-- the database does not let anyone sign in. csrf_token is the synchronizer token that every
-- state-changing request must echo in a header.
CREATE TABLE sessions (
  token_sha256  VARCHAR PRIMARY KEY,
  user_name     VARCHAR NOT NULL,
  csrf_token    VARCHAR NOT NULL,
  created_at    TIMESTAMP NOT NULL,
  expires_at    TIMESTAMP NOT NULL,
  ip            VARCHAR
);

CREATE SEQUENCE audit_id_seq START 1;

-- Every write, by whom and when: sign-ins (and failed ones), sign-outs, accounts created,
-- alerts acknowledged, notes and actions recorded. detail is a JSON object.
CREATE TABLE audit_log (
  id       BIGINT PRIMARY KEY,
  acted_at TIMESTAMP NOT NULL,
  actor    VARCHAR NOT NULL,
  action   VARCHAR NOT NULL,
  target   VARCHAR,
  ip       VARCHAR,
  detail   VARCHAR
);

CREATE SEQUENCE note_id_seq START 1;

-- What analysts wrote about a situation. kind: 'note' (an observation) or 'action' (something
-- done about it, with the instrument used, e.g. 'adi-hotline'). Kept with the situation.
CREATE TABLE situation_notes (
  id            BIGINT PRIMARY KEY,
  situation_id  INTEGER NOT NULL,
  alert_id      INTEGER,
  kind          VARCHAR NOT NULL,
  author        VARCHAR NOT NULL,
  created_at    TIMESTAMP NOT NULL,
  text          VARCHAR NOT NULL,
  instrument    VARCHAR,
  taken_on      DATE
);

-- An analyst's acknowledgement that an alert was seen and is being looked at. One per alert and
-- analyst; it does not close the alert (the detector's lifecycle does).
CREATE TABLE alert_acks (
  alert_id    INTEGER NOT NULL,
  user_name   VARCHAR NOT NULL,
  acked_at    TIMESTAMP NOT NULL,
  comment     VARCHAR,
  PRIMARY KEY (alert_id, user_name)
);
