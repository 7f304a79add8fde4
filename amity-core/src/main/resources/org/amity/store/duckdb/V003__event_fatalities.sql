-- Amity store, events version 3: people killed, for sources that count them (ACLED, UCDP GED).
-- fatalities is the source's best estimate; low and high its range (equal to it for ACLED).
-- NULL: the source does not count fatalities (GDELT, ICEWS, piracy, text).
ALTER TABLE events ADD COLUMN fatalities INTEGER;
ALTER TABLE events ADD COLUMN fatalities_low INTEGER;
ALTER TABLE events ADD COLUMN fatalities_high INTEGER;
