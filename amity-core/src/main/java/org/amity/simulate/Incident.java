package org.amity.simulate;

import java.time.LocalDate;
import org.amity.event.CameoEntry;

/**
 * One thing that happened, before the news reports it: GDELT will show it as one or more rows with
 * the same date, actors, code and place.
 *
 * @param eventDate the day it happened (may precede the day it is reported)
 * @param source who acted
 * @param target who was acted upon
 * @param code what was done
 * @param place where, or null when the reports give no place
 * @param origin "background:" and the member it is about, or the id of the episode that caused it
 */
record Incident(
    LocalDate eventDate,
    SimActor source,
    SimActor target,
    CameoEntry code,
    Place place,
    String origin) {}
