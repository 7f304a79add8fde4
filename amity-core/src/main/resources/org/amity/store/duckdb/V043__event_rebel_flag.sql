-- Amity store, events version 5: whether a report is material conflict on land with rebels,
-- insurgents or separatists among a side's stored types, stored with each event at ingest so that
-- the watch reads one boolean instead of six type columns (see IncidentKeys). Rows stored before
-- this version are filled when the store is next opened: the derived columns' fingerprint changed
-- with this column (IncidentKeys.ensure), so every row's derived columns are filled again.
ALTER TABLE events ADD COLUMN rebel_mc BOOLEAN;
-- The piracy files' merged reports keep the whole row as it was stored.
ALTER TABLE piracy_twins ADD COLUMN rebel_mc BOOLEAN;
