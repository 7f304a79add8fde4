package org.amity.coding.plover;

import java.time.LocalDate;

/**
 * A sentence with its PLOVER event type (2021 names), for training or scoring.
 *
 * @param id the record's id
 * @param text the sentence
 * @param date the story date (actor codes are read on it)
 * @param type the expected PLOVER event type
 */
public record PloverExample(String id, String text, LocalDate date, String type) {}
