package org.amity.event;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO event codebook: every valid code with its label, QuadClass and Goldstein weight.
 *
 * <p>Also answers lookups straight from the bytes of an input line, without making a string, for
 * the ingest hot path.
 */
public final class CameoCodebook {
  private static final String RESOURCE = "/org/amity/event/cameo-codebook.tsv";
  private static final String EXTENSIONS = "/org/amity/event/cameo-extensions.tsv";
  private static volatile CameoCodebook standard;

  private final Map<String, CameoEntry> byCode;

  /** Entries by {@link #key}: digits as a number plus 10,000 times the length. */
  private final CameoEntry[] byKey = new CameoEntry[50_000];

  /** ICEWS-only codes (not in CAMEO 1.1b3) to the entry of their parent. */
  private final Map<String, CameoEntry> parents;

  private final CameoEntry[] parentByKey = new CameoEntry[50_000];

  private CameoCodebook(Map<String, CameoEntry> byCode, Map<String, CameoEntry> parents) {
    this.byCode = Collections.unmodifiableMap(byCode);
    this.parents = Collections.unmodifiableMap(parents);
    for (CameoEntry e : byCode.values()) {
      byKey[key(e.code().code())] = e;
    }
    parents.forEach((code, parent) -> parentByKey[key(code)] = parent);
  }

  /** The codebook shipped with Amity. */
  public static CameoCodebook standard() {
    CameoCodebook b = standard;
    if (b == null) {
      synchronized (CameoCodebook.class) {
        if (standard == null) {
          standard = load();
        }
        b = standard;
      }
    }
    return b;
  }

  private static CameoCodebook load() {
    Map<String, CameoEntry> map = new LinkedHashMap<>();
    for (String[] f : ReferenceTables.read(RESOURCE, 5)) {
      CameoCode code = CameoCode.of(f[0]);
      QuadClass quad = QuadClass.ofNumber(Integer.parseInt(f[2]));
      if (quad != QuadClass.ofRoot(code.rootNumber()) || !code.root().equals(f[1])) {
        throw new IllegalStateException("codebook row inconsistent: " + String.join(" ", f));
      }
      map.put(f[0], new CameoEntry(code, f[4], quad, Double.parseDouble(f[3])));
    }
    Map<String, CameoEntry> parents = new LinkedHashMap<>();
    for (String[] f : ReferenceTables.read(EXTENSIONS, 3)) {
      CameoEntry parent = map.get(f[1]);
      if (map.containsKey(f[0]) || parent == null || !f[0].startsWith(f[1])) {
        throw new IllegalStateException(
            EXTENSIONS + ": not an extension of a codebook code: " + String.join(" ", f));
      }
      parents.put(f[0], parent);
    }
    return new CameoCodebook(map, parents);
  }

  public Optional<CameoEntry> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** Returns the entry or throws if the code is not in the codebook. */
  public CameoEntry get(String code) {
    CameoEntry e = code == null ? null : byCode.get(code);
    if (e == null) {
      throw new IllegalArgumentException("unknown CAMEO code: " + code);
    }
    return e;
  }

  /** Looks a code up from ASCII digits in {@code bytes[from, to)}; null if not a known code. */
  public CameoEntry find(byte[] bytes, int from, int to) {
    int k = keyOf(bytes, from, to);
    return k < 0 ? null : byKey[k];
  }

  /** The {@link #key} of the digits in {@code bytes[from, to)}, or -1 if they are no code. */
  private static int keyOf(byte[] bytes, int from, int to) {
    int len = to - from;
    if (len < 2 || len > 4) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      int d = bytes[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return len * 10_000 + value;
  }

  /**
   * The entry an ICEWS-only code is read as: a code the ICEWS codebook or text_to_CAMEO defines
   * beyond CAMEO 1.1b3 ("1213", reject judicial cooperation) is read as its parent, the nearest
   * code above it that this codebook has ("121", reject material cooperation). Empty for a code of
   * this codebook and for any code no such source defines (those stay unknown).
   */
  public Optional<CameoEntry> parentOf(String extension) {
    return Optional.ofNullable(extension == null ? null : parents.get(extension));
  }

  /** {@link #parentOf(String)} from ASCII digits in {@code bytes[from, to)}; null if none. */
  public CameoEntry parentOf(byte[] bytes, int from, int to) {
    int k = keyOf(bytes, from, to);
    return k < 0 ? null : parentByKey[k];
  }

  /** The ICEWS-only codes read as their parent, in code order. */
  public Collection<String> extensions() {
    return parents.keySet();
  }

  public Collection<CameoEntry> entries() {
    return byCode.values();
  }

  public int size() {
    return byCode.size();
  }

  private static int key(String code) {
    return code.length() * 10_000 + Integer.parseInt(code);
  }
}
