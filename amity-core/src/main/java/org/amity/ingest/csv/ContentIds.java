package org.amity.ingest.csv;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Native ids for sources that have none: a prefix, 64 bits of SHA-256 over the record's identifying
 * fields, and the occurrence number of those fields within the file ({@code
 * imb:2016-03-26:9a1f0c2e5b7d3e41#1}). Reading the same file again gives the same ids, so nothing
 * is stored twice; two identical records in one file are told apart by the occurrence number, so a
 * source's genuine repeats are kept. One instance per file pass.
 */
public final class ContentIds {
  private final MessageDigest sha256;
  private final Map<String, Integer> seen = new HashMap<>();

  public ContentIds() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JVM", e);
    }
  }

  /** The id for the next record with these identifying fields. */
  public String next(String prefix, String... fields) {
    StringBuilder content = new StringBuilder();
    for (String f : fields) {
      content.append(f == null ? "" : f).append('\u001f');
    }
    byte[] hash = sha256.digest(content.toString().getBytes(StandardCharsets.UTF_8));
    String key = prefix + HexFormat.of().formatHex(hash, 0, 8);
    return key + "#" + seen.merge(key, 1, Integer::sum);
  }
}
