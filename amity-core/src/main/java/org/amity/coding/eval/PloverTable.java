package org.amity.coding.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The CAMEO to PLOVER table ({@code CAMEO2PLOVER-2021.txt}: lines {@code 030: AGREE, mode, context
 * # ...}). A code not listed falls back to its three-digit base, then to its root.
 */
public final class PloverTable {
  private final Map<String, String> events = new HashMap<>();

  public static PloverTable read(Path file) throws IOException {
    PloverTable t = new PloverTable();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String l = line.strip();
      int hash = l.indexOf('#');
      if (hash >= 0) {
        l = l.substring(0, hash).strip();
      }
      int colon = l.indexOf(':');
      if (l.isEmpty() || colon < 2) {
        continue;
      }
      String code = l.substring(0, colon).strip();
      String rest = l.substring(colon + 1).strip();
      int comma = rest.indexOf(',');
      String event = (comma < 0 ? rest : rest.substring(0, comma)).strip();
      if (!event.isEmpty() && code.chars().allMatch(Character::isDigit)) {
        t.events.put(code, event);
      }
    }
    return t;
  }

  /** The PLOVER event type of a CAMEO code, or null. */
  public String event(String cameo) {
    for (int len = cameo.length(); len >= 2; len--) {
      String e = events.get(cameo.substring(0, len));
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  public int size() {
    return events.size();
  }
}
