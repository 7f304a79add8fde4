package org.amity.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Feed tokens: 32 random bytes, URL-safe, shown once to their owner; the store keeps only the
 * SHA-256 hash, so a copy of the database does not open anyone's feed.
 */
public final class FeedTokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  private FeedTokens() {}

  /** A new token (43 URL-safe characters). */
  public static String issue() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** The hash the store keeps of a token. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  /** The feed's path on the server for a token. */
  public static String path(String token) {
    return "/feeds/" + token + ".atom";
  }
}
