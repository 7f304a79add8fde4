package org.amity.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amity.signal.DetectorConfig;

/**
 * The shipped detectors with the conflict areas switched on: {@code detectors.properties} followed
 * by {@code tools/signals/theatre.properties} (the sweep file of issue 14's ninth round), so that
 * the tests check the areas as the design run scored them.
 */
public final class ConflictAreaConfig {
  private ConflictAreaConfig() {}

  /** The combined settings' text. */
  public static String text() {
    try (InputStream in =
        DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) {
      String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return shipped + "\n" + Files.readString(sweepFile(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The combined settings. */
  public static DetectorConfig config() {
    return DetectorConfig.parse(text(), "detectors.properties + theatre.properties");
  }

  /** The sweep file, found from a module's folder (where tests run) or the repository's root. */
  public static Path sweepFile() {
    Path inModule = Path.of("..", "tools", "signals", "theatre.properties");
    return Files.exists(inModule) ? inModule : Path.of("tools", "signals", "theatre.properties");
  }
}
