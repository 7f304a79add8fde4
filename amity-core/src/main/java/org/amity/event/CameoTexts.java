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
 * for "Engage in judicial cooperation") would turn conflict into cooperation.
 */
public final class CameoTexts {
  private static final String RESOURCE = "/org/amity/event/event-texts.tsv";
  private static volatile CameoTexts standard;

  private final Map<String, CameoEntry> byText;

  private CameoTexts(Map<String, CameoEntry> byText) {
    this.byText = Collections.unmodifiableMap(byText);
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
    for (String[] f : ReferenceTables.read(RESOURCE, 2)) {
      CameoEntry e =
          codebook
              .find(f[1])
              .orElseThrow(
                  () -> new IllegalStateException(RESOURCE + ": unknown CAMEO code " + f[1]));
      CameoEntry before = map.put(normalise(f[0]), e);
      if (before != null && before != e) {
        throw new IllegalStateException(RESOURCE + ": text with two codes: " + f[0]);
      }
    }
    return new CameoTexts(map);
  }

  /** The codebook entry for an event text, if the text is known. */
  public Optional<CameoEntry> find(String text) {
    return Optional.ofNullable(text == null ? null : byText.get(normalise(text)));
  }

  public int size() {
    return byText.size();
  }

  private static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
