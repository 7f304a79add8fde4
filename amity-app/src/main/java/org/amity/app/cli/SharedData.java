package org.amity.app.cli;

import java.nio.file.Path;

/**
 * Where the shared real data lives when a command is not told: {@code $AMITY_TESTDATA}, else {@code
 * ../shared/data} beside the clone (the layout CI and the benchmarks use).
 */
final class SharedData {
  private SharedData() {}

  static Path folder() {
    String env = System.getenv("AMITY_TESTDATA");
    return env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "data");
  }
}
