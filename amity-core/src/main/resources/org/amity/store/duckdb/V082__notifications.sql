-- Amity store: notifications (issue 12). Analysts follow subjects; the watch records one
-- notification per follower for each alert that is new at warning or above, or escalates.

CREATE SEQUENCE notify_id_seq START 1;

-- subject in stored form (THA, CHN-PHL, SOUTH_CHINA_SEA); one follow per user and subject.
CREATE TABLE follows (
  id          BIGINT PRIMARY KEY,
  user_name   VARCHAR NOT NULL,
  scope       VARCHAR NOT NULL,
  subject     VARCHAR NOT NULL,
  created_at  TIMESTAMP NOT NULL,
  UNIQUE (user_name, scope, subject)
);

-- A user's Atom feed token: only its SHA-256 hash (hex) is kept. Revoking deletes the row;
-- re-issuing replaces the hash.
CREATE TABLE feed_tokens (
  user_name   VARCHAR PRIMARY KEY,
  token_hash  VARCHAR NOT NULL,
  issued_at   TIMESTAMP NOT NULL
);

CREATE TABLE webhooks (
  user_name   VARCHAR PRIMARY KEY,
  url         VARCHAR NOT NULL,
  set_at      TIMESTAMP NOT NULL
);

-- kind: new or escalated; level: the alert's peak level when notified (warning, alert).
CREATE TABLE notifications (
  id            BIGINT PRIMARY KEY,
  user_name     VARCHAR NOT NULL,
  alert_id      BIGINT NOT NULL,
  situation_id  BIGINT,
  kind          VARCHAR NOT NULL,
  level         VARCHAR NOT NULL,
  scope         VARCHAR NOT NULL,
  subject       VARCHAR NOT NULL,
  subject_name  VARCHAR NOT NULL,
  indicator     VARCHAR NOT NULL,
  resolution    VARCHAR NOT NULL,
  opened        DATE NOT NULL,
  period_start  DATE NOT NULL,
  period_end    DATE NOT NULL,
  value         DOUBLE NOT NULL,
  baseline      DOUBLE NOT NULL,
  created_at    TIMESTAMP NOT NULL,
  UNIQUE (user_name, alert_id, level)
);

-- One row per notification sent to a webhook. status: pending, retrying, delivered, failed.
CREATE TABLE webhook_deliveries (
  notification_id  BIGINT PRIMARY KEY,
  url              VARCHAR NOT NULL,
  status           VARCHAR NOT NULL,
  attempts         INTEGER NOT NULL,
  last_error       VARCHAR,
  last_attempt     TIMESTAMP,
  next_attempt     TIMESTAMP,
  delivered_at     TIMESTAMP
);
