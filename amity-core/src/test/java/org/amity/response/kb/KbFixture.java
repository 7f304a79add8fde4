package org.amity.response.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of the shipped knowledge base with one edit, for tests of validation and ranking. */
public final class KbFixture {
  private KbFixture() {}

  /** The text of a shipped knowledge-base file. */
  public static String text(String file) {
    try (InputStream in = KbFixture.class.getResourceAsStream("/org/amity/response/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes all files into {@code dir}, with {@code file}'s text replaced by {@code edited}. */
  public static Path copy(Path dir, String file, String edited) {
    try {
      for (String f : KnowledgeBaseLoader.FILES) {
        Files.writeString(dir.resolve(f), f.equals(file) ? edited : text(f));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy with the first occurrence of {@code from} in {@code file} replaced by {@code to}. */
  public static Path replaceFirst(Path dir, String file, String from, String to) {
    String t = text(file);
    int i = t.indexOf(from);
    if (i < 0) {
      throw new IllegalArgumentException(file + " does not contain: " + from);
    }
    return copy(dir, file, t.substring(0, i) + to + t.substring(i + from.length()));
  }
}
