package org.amity.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Real data for tests, from the shared data folder named by {@code AMITY_TESTDATA} (CI sets it to
 * ../shared/data). A test that needs a file is skipped, with the reason, when the variable is not
 * set; it fails loudly when the variable is set but the file is missing.
 */
public final class TestData {
  public static final String VARIABLE = "AMITY_TESTDATA";

  private TestData() {}

  /** The file at {@code relative} under the shared data folder. */
  public static Path file(String relative) {
    String root = System.getenv(VARIABLE);
    Assumptions.assumeTrue(
        root != null && !root.isBlank(),
        VARIABLE + " is not set: skipping a test that needs " + relative);
    Path p = Path.of(root).resolve(relative);
    if (!Files.exists(p)) {
      fail(VARIABLE + "=" + root + " but " + relative + " is missing there");
    }
    return p;
  }

  /** True when the shared data folder is configured. */
  public static boolean available() {
    String root = System.getenv(VARIABLE);
    return root != null && !root.isBlank();
  }
}
