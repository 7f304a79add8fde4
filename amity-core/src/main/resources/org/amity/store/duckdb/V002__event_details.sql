-- Amity store, version 2: finer detail carried by some sources.
-- subtype: the source's own label (an IMB attack type); narrative: text that came with the record
-- (an incident report, a coded sentence); sea_area: set when the event happened at sea in one of
-- the watched areas (org.amity.event.SeaArea).
ALTER TABLE events ADD COLUMN subtype VARCHAR;
ALTER TABLE events ADD COLUMN narrative VARCHAR;
ALTER TABLE events ADD COLUMN sea_area VARCHAR;
