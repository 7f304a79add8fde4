package org.amity.access;

/**
 * Who makes a change, for the audit trail.
 *
 * @param name the account or program acting, e.g. {@code alice} or {@code cli:root}
 * @param address the client's network address, or null for the command line
 */
public record Agent(String name, String address) {
  public Agent {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an audited change needs who made it");
    }
  }

  /** Someone at the command line of this machine (the OS user). */
  public static Agent commandLine() {
    return new Agent("cli:" + System.getProperty("user.name", "unknown"), null);
  }
}
