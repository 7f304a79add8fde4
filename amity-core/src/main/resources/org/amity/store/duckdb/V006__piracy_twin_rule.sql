-- Which rule moved a report into piracy_twins (PiracyTwins): 'both files' (an IMB and an ASAM
-- report of one incident) or 'repeated in one file' (a file reporting one incident twice). Reports
-- moved before this column existed were all moved by the first.
ALTER TABLE piracy_twins ADD COLUMN IF NOT EXISTS twin_rule VARCHAR;
UPDATE piracy_twins SET twin_rule = 'both files' WHERE twin_rule IS NULL;
