package org.amity.event;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * CAMEO event texts as ICEWS writes them ("Make statement", "Use unconventional violence") mapped
 * to codebook entries. Matching ignores case and runs of white space, nothing else: a text that is
 * not in the table is unknown, never guessed, because a near miss ("Reject judicial cooperation"
 * for "Engage in judicial cooperation") would turn conflict into cooperation. A text whose code is
 * one the ICEWS sources add to CAMEO 1.1b3 ("Reject judicial cooperation", 1213) is read as that
 * code's parent ({@link CameoCodebook#parentOf}: 121, reject material cooperation), and {@link
 * #extensionCode} says which code it was.
 */
public final class CameoTexts {
  private static final String RESOURCE = "/org/amity/event/event-texts.tsv";
  private static volatile CameoTexts standard;

  private final Map<String, CameoEntry> byText;
  private final Map<String, String> extensions;

  private CameoTexts(Map<String, CameoEntry> byText, Map<String, String> extensions) {
    this.byText = Collections.unmodifiableMap(byText);
    this.extensions = Collections.unmodifiableMap(extensions);
  }

  /** The table shipped with Amity, resolved against {@link CameoCodebook#standard()}. */
  public static CameoTexts standard() {
    CameoTexts t = standard;
    if (t == null) {
      synchronized (CameoTexts.class) {
        if (standard == null) {
          standard = load(CameoCodebook.standard());
        }
        t = standard;
      }
    }
    return t;
  }

  private static CameoTexts load(CameoCodebook codebook) {
    Map<String, CameoEntry> map = new HashMap<>();
    Map<String, String> extensions = new HashMap<>();
    for (String[] f : ReferenceTables.read(RESOURCE, 2)) {
      CameoEntry e =
          codebook
              .find(f[1])
              .or(() -> codebook.parentOf(f[1]))
              .orElseThrow(
                  () -> new IllegalStateException(RESOURCE + ": unknown CAMEO code " + f[1]));
      if (!e.code().code().equals(f[1])) {
        extensions.put(normalise(f[0]), f[1]);
      }
      CameoEntry before = map.put(normalise(f[0]), e);
      if (before != null && before != e) {
        throw new IllegalStateException(RESOURCE + ": text with two codes: " + f[0]);
      }
    }
    return new CameoTexts(map, extensions);
  }

  /** The codebook entry for an event text, if the text is known. */
  public Optional<CameoEntry> find(String text) {
    return Optional.ofNullable(text == null ? null : byText.get(normalise(text)));
  }

  /**
   * The ICEWS-only code a known text stands for when {@link #find} reads it as that code's parent
   * ("reject judicial cooperation": 1213); empty for every other text.
   */
  public Optional<String> extensionCode(String text) {
    return Optional.ofNullable(text == null ? null : extensions.get(normalise(text)));
  }

  public int size() {
    return byText.size();
  }

  private static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
