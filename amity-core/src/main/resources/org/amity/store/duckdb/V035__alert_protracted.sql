-- Alerts that end: the period from which a raised run counts as protracted (raised for the
-- detector's protractAfter periods without rising further; the baseline then adapts to it).
-- Null for alerts that never were. Alert and situation status may now also be 'protracted'.
ALTER TABLE alerts ADD COLUMN protracted DATE;
