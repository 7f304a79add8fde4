package org.amity.app.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the shared real data lives when a command is not told: the core's rule ({@link
 * org.amity.ingest.SharedData}: {@code $AMITY_TESTDATA}, {@code ../shared/data}, then {@code
 * shared/data} beside this application's jar, up to four levels up).
 */
final class SharedData {
  private SharedData() {}

  /**
   * The data folder: the first candidate that exists, else {@code $AMITY_TESTDATA} or ../shared.
   */
  static Path folder() {
    return org.amity.ingest.SharedData.folder(SharedData.class);
  }

  /** The first candidate folder holding {@code relative} (a file), or null. */
  static Path find(String relative) {
    return org.amity.ingest.SharedData.find(relative, SharedData.class);
  }

  /** Every folder looked in, in order. */
  static List<Path> candidates() {
    return org.amity.ingest.SharedData.candidates(SharedData.class);
  }
}
