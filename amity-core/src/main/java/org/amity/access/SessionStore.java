package org.amity.access;

import java.time.Instant;
import java.util.Optional;

/** Stored sessions, so they survive a restart; expired ones are removed as new ones come. */
public interface SessionStore {
  /** Stores a new session opened at {@code now} from {@code address}. */
  void open(StoredSession session, Instant now, String address);

  /** The session of a token hash, if it exists and its account is enabled. */
  Optional<StoredSession> find(String tokenSha256);

  /** Ends one session (sign-out). */
  void close(String tokenSha256);
}
