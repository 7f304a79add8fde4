package org.amity.coding;

import java.time.LocalDate;

/**
 * One news story (or incident narrative) to code.
 *
 * @param id the story's identifier, unique within its input
 * @param date the day it reports on; actor codes that change with time are read on this day
 * @param source who published it ("AFP", "NGA ASAM"), null if unknown
 * @param url where it was published, null if unknown
 * @param text the story's text
 */
public record Story(String id, LocalDate date, String source, String url, String text) {
  public Story {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("story id must be given");
    }
    if (date == null) {
      throw new IllegalArgumentException("story date must be given");
    }
    text = text == null ? "" : text;
  }
}
