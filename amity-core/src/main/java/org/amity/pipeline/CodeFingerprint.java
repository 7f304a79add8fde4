package org.amity.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of the compiled code of some classes (their class files as shipped, with their member
 * classes) and of some settings: it changes whenever any of that code or those settings change, so
 * a store can tell that what it holds was worked out by other rules. It errs on the side of change
 * (a moved line changes a class file): the cost of a false change is one slower watch, the cost of
 * a missed one is a stale fact on a page.
 */
public final class CodeFingerprint {
  private final MessageDigest digest;

  private CodeFingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  /** A fingerprint of nothing yet. */
  public static CodeFingerprint start() {
    return new CodeFingerprint();
  }

  /** Adds each class's class file, and its member classes' (recursively), in the order given. */
  public CodeFingerprint code(Class<?>... classes) {
    for (Class<?> c : classes) {
      addClass(c);
    }
    return this;
  }

  /** Adds a setting or any text that the fingerprinted results depend on. */
  public CodeFingerprint text(String name, Object value) {
    digest.update((name + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** The digest in hex, 16 characters (64 bits are plenty to tell versions apart). */
  public String hex() {
    return HexFormat.of().formatHex(digest.digest(), 0, 8);
  }

  private void addClass(Class<?> top) {
    for (Class<?> c : withMembers(top)) {
      String resource = "/" + c.getName().replace('.', '/') + ".class";
      try (InputStream in = c.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("no class file for " + c.getName() + " at " + resource);
        }
        digest.update(c.getName().getBytes(StandardCharsets.UTF_8));
        digest.update(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("could not read the class file of " + c.getName(), e);
      }
    }
  }

  /** The class and its member classes, theirs in turn, each after its outer one, by name. */
  static List<Class<?>> withMembers(Class<?> c) {
    List<Class<?>> out = new ArrayList<>();
    out.add(c);
    // the JVM lists member classes in no set order
    Class<?>[] members = c.getDeclaredClasses();
    Arrays.sort(members, Comparator.comparing(Class::getName));
    for (Class<?> member : members) {
      out.addAll(withMembers(member));
    }
    return out;
  }
}
