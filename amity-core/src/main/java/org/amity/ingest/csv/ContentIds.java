package org.amity.ingest.csv;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Native ids for sources that have none: a prefix, 64 bits of SHA-256 over the record's identifying
 * fields, and the occurrence number of those fields within the file ({@code
 * imb:2016-03-26:9a1f0c2e5b7d3e41#1}). Reading the same file again gives the same ids, so nothing
 * is stored twice; two records in one file with the same identifying fields are told apart by the
 * occurrence number, so a source's genuine repeats are kept. A source whose records are incidents
 * can ask instead ({@link #nextRecord}) that a record repeated field for field get the id of its
 * first copy, so that the file's repeat check counts it as a duplicate. One instance per file pass.
 */
public final class ContentIds {
  private final MessageDigest sha256;
  private final Map<String, Integer> seen = new HashMap<>();
  private final Map<String, String> records = new HashMap<>();

  public ContentIds() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JVM", e);
    }
  }

  /** The id for the next record with these identifying fields. */
  public String next(String prefix, String... fields) {
    String key = prefix + hash(fields);
    return key + "#" + seen.merge(key, 1, Integer::sum);
  }

  /**
   * The id for the next record with these identifying fields, or, when every field of the record
   * ({@code record}) repeats an earlier record of the file, that record's id: a record written
   * twice word for word, with nothing to tell the two apart, is one record. Records that share the
   * identifying fields but differ in any other field are numbered as {@link #next} numbers them, so
   * the ids of a file without such repeats are the same by either method.
   */
  public String nextRecord(List<String> record, String prefix, String... fields) {
    String whole = hash(record.toArray(String[]::new));
    String key = prefix + hash(fields);
    String earlier = records.get(key + '/' + whole);
    if (earlier != null) {
      return earlier;
    }
    String id = key + "#" + seen.merge(key, 1, Integer::sum);
    records.put(key + '/' + whole, id);
    return id;
  }

  private String hash(String... fields) {
    StringBuilder content = new StringBuilder();
    for (String f : fields) {
      content.append(f == null ? "" : f).append('\u001f');
    }
    byte[] hash = sha256.digest(content.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, 8);
  }
}
