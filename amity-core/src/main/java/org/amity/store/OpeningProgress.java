package org.amity.store;

/**
 * Follows long upkeep a store does while it is opened (filling the columns derived at ingest again
 * when the store was written by a build that computes them otherwise), so that a first open after
 * an upgrade says what it does instead of looking hung. Called on the opening thread.
 */
public interface OpeningProgress {
  /** Tells nobody. */
  OpeningProgress SILENT = new OpeningProgress() {};

  /**
   * Before the work starts: one line for a user saying what is done and why, for example "refilling
   * incident keys of 10,300,000 events (stored by a build that packs them otherwise)".
   */
  default void starting(String what) {}

  /** After each committed part of the work: rows done so far, rows in all. */
  default void advanced(long done, long total) {}

  /** After the work, whether it succeeded or failed. */
  default void finished() {}
}
