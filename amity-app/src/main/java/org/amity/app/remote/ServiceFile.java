package org.amity.app.remote;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * The file a running service writes beside its database ({@code amity.duckdb.service}): where its
 * command channel listens, the admin token that opens it, and the service's process id. Created
 * readable and writable by the owner only (mode 0600), before anything is written to it; removed
 * when the service stops. A file left by a service that died (its process is gone) is stale.
 *
 * @param url the command channel, e.g. {@code http://127.0.0.1:41234/}
 * @param token the admin token the channel asks for
 * @param pid the service's process id
 */
public record ServiceFile(URI url, String token, long pid) {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Where the service file of the database {@code db} lives. */
  public static Path beside(Path db) {
    Path abs = db.toAbsolutePath();
    return abs.resolveSibling(abs.getFileName() + ".service");
  }

  /** A fresh token: 32 random bytes in hex. */
  public static String newToken() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** Whether the process that wrote the file still runs. */
  public boolean alive() {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /**
   * Writes the file (owner-only permissions where the file system has them). Refuses when a live
   * service already wrote one.
   */
  public void write(Path file) throws IOException {
    Optional<ServiceFile> existing = read(file);
    if (existing.isPresent() && existing.get().alive() && existing.get().pid() != pid) {
      throw new FileAlreadyExistsException(
          file.toString(), null, "another service (process " + existing.get().pid() + ") runs");
    }
    Files.deleteIfExists(file);
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file); // not POSIX: the folder's own protection applies
    }
    Properties p = new Properties();
    p.setProperty("url", url.toString());
    p.setProperty("token", token);
    p.setProperty("pid", Long.toString(pid));
    try (Writer w =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
      p.store(w, "amity serve: command channel of the running service; removed when it stops");
    }
  }

  /** The file's content, or empty when there is none (or it cannot be read). */
  public static Optional<ServiceFile> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
      return Optional.of(
          new ServiceFile(
              URI.create(p.getProperty("url")),
              p.getProperty("token"),
              Long.parseLong(p.getProperty("pid"))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
