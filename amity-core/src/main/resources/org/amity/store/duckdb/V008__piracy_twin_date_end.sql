-- The piracy files' merged reports keep the whole row as it was stored, events version 7's
-- date_end included (NULL: the piracy files date a report by one day).
ALTER TABLE piracy_twins ADD COLUMN date_end DATE;
