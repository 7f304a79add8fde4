package org.amity.store;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Names the cause of a store failure in words a person can act on. A database reports a full disk
 * or a refused permission deep inside a longer message ("IO Error: Could not write file ...: No
 * space left on device"); this finds the operating system's reason in the message or any cause.
 */
public final class StoreFailures {
  /** The operating system's reasons that a user can fix, in the words the system uses. */
  static final List<String> SYSTEM_CAUSES =
      List.of(
          "No space left on device",
          "Disk quota exceeded",
          "Permission denied",
          "Read-only file system",
          "Too many open files",
          "Input/output error");

  private StoreFailures() {}

  /** The system's reason behind a failure, if one is named anywhere in it or its causes. */
  public static Optional<String> systemCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage();
      if (m == null) {
        continue;
      }
      String lower = m.toLowerCase(Locale.ROOT);
      for (String cause : SYSTEM_CAUSES) {
        if (lower.contains(cause.toLowerCase(Locale.ROOT))) {
          return Optional.of(cause);
        }
      }
      if (lower.contains("enospc") || lower.contains("disk is full")) {
        return Optional.of(SYSTEM_CAUSES.get(0));
      }
      if (lower.contains("eacces") || lower.contains("access is denied")) {
        return Optional.of("Permission denied");
      }
    }
    return Optional.empty();
  }

  /**
   * The failure's message, led by the system's reason when there is one: "No space left on device
   * (IO Error: Could not write ...)".
   */
  public static String cause(Throwable e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage().strip();
    int trace = m.indexOf("\n\tat ");
    if (trace > 0) {
      m = m.substring(0, trace).strip();
    }
    Optional<String> system = systemCause(e);
    if (system.isEmpty() || m.startsWith(system.get())) {
      return m;
    }
    return system.get() + " (" + m + ")";
  }
}
