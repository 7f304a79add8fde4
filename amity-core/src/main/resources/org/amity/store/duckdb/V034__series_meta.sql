-- What an imported aggregate series is about, declared with its import (counts carry no events to
-- read a domain or themes from): one row per import source. themes is a comma-separated list.
CREATE TABLE series_meta (
  source VARCHAR PRIMARY KEY,
  domain VARCHAR,
  area VARCHAR,
  themes VARCHAR NOT NULL DEFAULT ''
);
