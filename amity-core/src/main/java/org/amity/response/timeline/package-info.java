/**
 * The response timeline of a situation: what was done after a warning, from acknowledgement through
 * consultation, proposal, decision and action to outcome. Entries are append-only records; a
 * correction is a new entry that supersedes an older one, and both stay. The watch's own entries
 * (warnings and level changes) are read from its alerts, never typed in. Gap metrics measure how
 * often, and how fast, warnings were answered. Storage is behind {@link
 * org.amity.response.timeline.TimelineStore}; the rules here are pure.
 */
package org.amity.response.timeline;
