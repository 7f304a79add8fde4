package org.amity.coding.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Trained five-way models kept in the user's cache folder ({@code $XDG_CACHE_HOME/amity}, else
 * {@code ~/.cache/amity}; never the repository), so {@code amity code} and {@code ingest text} do
 * not retrain at every start. A model is found by a key that hashes everything it was made from:
 * the training file's bytes, the dictionaries' bytes, the settings, the seed and the code that
 * reads sentences; when any of them changes the key changes and the model is trained again. A
 * cached file that cannot be read is reported and replaced, never trusted.
 */
public final class ModelCache {
  private final Path dir;

  public ModelCache(Path dir) {
    this.dir = dir;
  }

  /** The user's cache folder for Amity. */
  public static Path defaultFolder() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("amity");
  }

  public Path folder() {
    return dir;
  }

  /** The key of a model made from these parts (each part hashed in order, length-prefixed). */
  public static String key(byte[]... parts) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      for (byte[] p : parts) {
        d.update(Integer.toString(p.length).getBytes(StandardCharsets.UTF_8));
        d.update((byte) ':');
        d.update(p);
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this Java", e);
    }
  }

  /**
   * What identifies the code that reads sentences: the size and time of the jar it runs from, or of
   * every class file under the folder it runs from.
   */
  public static byte[] codeIdentity() {
    StringBuilder b = new StringBuilder();
    try {
      Path at =
          Path.of(ModelCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(at)) {
        try (Stream<Path> s = Files.walk(at)) {
          for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
            b.append(at.relativize(f)).append(' ').append(Files.size(f)).append(' ');
            b.append(Files.getLastModifiedTime(f).toMillis()).append('\n');
          }
        }
      } else {
        b.append(at).append(' ').append(Files.size(at)).append(' ');
        b.append(Files.getLastModifiedTime(at).toMillis());
      }
    } catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
      b.append("unknown code ").append(System.nanoTime()); // never matches: always retrain
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The model cached under {@code key}, or empty (not cached, or unreadable: then removed). */
  @SuppressWarnings("unchecked")
  public Optional<Model<Label>> load(String key) {
    Path f = file(key);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(f);
        ObjectInputStream o = new ObjectInputStream(in)) {
      return Optional.of((Model<Label>) o.readObject());
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      System.err.println("amity: cached model " + f + " unreadable (" + e + "); training again");
      try {
        Files.deleteIfExists(f);
      } catch (IOException gone) {
        System.err.println("amity: could not remove " + f + " (" + gone + "); it will be replaced");
      }
      return Optional.empty();
    }
  }

  /** Stores a model under {@code key} (written to a temporary file, then moved into place). */
  public void store(String key, Model<Label> model) throws IOException {
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "five-way-", ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp);
        ObjectOutputStream o = new ObjectOutputStream(out)) {
      o.writeObject(model);
    }
    Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  Path file(String key) {
    return dir.resolve("five-way-" + key + ".model");
  }
}
