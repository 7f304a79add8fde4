-- Amity store, events version 4: what the watch groups reports into incidents on, stored with each
-- event at ingest so that a full watch groups integers instead of hashing millions of rows of text
-- (see IncidentKeys). incident_hash: a 64-bit hash of the incident key; incident_class: the key's
-- countries, sea area and kinds of code, packed. Rows stored before this version are filled when
-- the store is next opened (IncidentKeys.ensure), and again whenever the packing changes.
ALTER TABLE events ADD COLUMN incident_hash UBIGINT;
ALTER TABLE events ADD COLUMN incident_class BIGINT;
