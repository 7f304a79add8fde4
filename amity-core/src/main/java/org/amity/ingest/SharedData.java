package org.amity.ingest;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the shared real data lives when a program is not told: {@code $AMITY_TESTDATA}; else {@code
 * ../shared/data} beside the working folder (the layout CI and the benchmarks use); else a {@code
 * shared/data} folder beside the program's installation (above the jar or classes that hold {@code
 * anchor}, up to four levels), so a program run from any folder with the variable unset still finds
 * the data next to the clone it was built in. The application and the Flink job look in the same
 * places, each from its own jar.
 */
public final class SharedData {
  private static final int LEVELS = 4;

  private SharedData() {}

  /**
   * The data folder: the first candidate that exists, else {@code $AMITY_TESTDATA} or ../shared.
   */
  public static Path folder(Class<?> anchor) {
    String env = System.getenv("AMITY_TESTDATA");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    for (Path p : candidates(anchor)) {
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    return Path.of("..", "shared", "data");
  }

  /**
   * The first candidate folder holding {@code relative} (a file), or null; {@code $AMITY_TESTDATA}
   * first, then the others, so a set variable that lacks the file does not hide the install's.
   */
  public static Path find(String relative, Class<?> anchor) {
    for (Path p : candidates(anchor)) {
      Path f = p.resolve(relative);
      if (Files.isRegularFile(f)) {
        return f;
      }
    }
    return null;
  }

  /** Every folder looked in, in order. */
  public static List<Path> candidates(Class<?> anchor) {
    Set<Path> out = new LinkedHashSet<>();
    String env = System.getenv("AMITY_TESTDATA");
    if (env != null && !env.isBlank()) {
      out.add(Path.of(env));
    }
    out.add(Path.of("..", "shared", "data"));
    Path at = install(anchor);
    for (int i = 0; at != null && i < LEVELS; i++, at = at.getParent()) {
      out.add(at.resolve("shared").resolve("data"));
    }
    return new ArrayList<>(out);
  }

  /** The folder holding the jar (or classes) of {@code anchor}, or null when it cannot be told. */
  private static Path install(Class<?> anchor) {
    try {
      var src = anchor.getProtectionDomain().getCodeSource();
      return src == null
          ? null
          : Path.of(src.getLocation().toURI()).toAbsolutePath().normalize().getParent();
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }
}
