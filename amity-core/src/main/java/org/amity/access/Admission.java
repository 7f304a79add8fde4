package org.amity.access;

import java.time.Duration;

/**
 * The answer to a sign-in attempt before its password is checked.
 *
 * @param limit the limit that refused it, or null when admitted (and counted)
 * @param retryAfter how long to wait before trying again; zero when admitted
 */
public record Admission(SignInLimits.Limit limit, Duration retryAfter) {
  public static Admission admitted() {
    return new Admission(null, Duration.ZERO);
  }

  public boolean allowed() {
    return limit == null;
  }
}
