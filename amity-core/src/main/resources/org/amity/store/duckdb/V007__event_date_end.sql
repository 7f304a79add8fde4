-- Amity store, events version 7: the last day of a record dated by a range (UCDP GED's date_end
-- when it is after date_start; NULL for every other record and dataset). The record stays on
-- event_date (its first day) for every count but the dead, which the watch spreads over the days
-- of the range (docs/decisions.md, "The dead of a GED date range are spread over its days").
-- Records stored before hold NULL until their file is ingested again with --replace.
ALTER TABLE events ADD COLUMN date_end DATE;
