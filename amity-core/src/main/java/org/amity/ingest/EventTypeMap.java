package org.amity.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.amity.event.CameoCode;
import org.amity.event.CameoCodebook;
import org.amity.event.CameoEntry;
import org.amity.event.QuadClass;
import org.amity.event.ReferenceTables;

/**
 * A source's own event types mapped to CAMEO codes, read from a data file shipped as a resource
 * (columns {@code source_type, cameo, quad, why}; '#' lines name the sources and reasons). The key
 * is the source's type and, where it has one, its subtype or mode joined by {@code |}; a key whose
 * subtype is {@code *} holds for every subtype not listed. Keys are compared without regard to case
 * or surrounding spaces. The Goldstein weight is the CAMEO codebook's for the code, and the
 * QuadClass written in the file must be the codebook's (a check on the table, not a second rule).
 */
public final class EventTypeMap {
  /** What one source type maps to. */
  public record Mapped(CameoCode code, QuadClass quadClass, double goldstein) {}

  private final String resource;
  private final Map<String, Mapped> byKey = new HashMap<>();

  /** Loads a mapping; fails at once when a code is not in the CAMEO codebook. */
  public static EventTypeMap load(String resource) {
    return new EventTypeMap(resource, CameoCodebook.standard());
  }

  private EventTypeMap(String resource, CameoCodebook codebook) {
    this.resource = resource;
    for (String[] row : ReferenceTables.read(resource, 4)) {
      CameoEntry entry =
          codebook
              .find(row[1].strip())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          resource + ": " + row[1] + " is not in the CAMEO codebook"));
      QuadClass quad = QuadClass.ofNumber(Integer.parseInt(row[2].strip()));
      if (quad != entry.quadClass()) {
        throw new IllegalStateException(
            resource
                + ": "
                + row[0]
                + " gives QuadClass "
                + row[2]
                + " but CAMEO "
                + row[1]
                + " is in class "
                + entry.quadClass().number());
      }
      if (byKey.put(key(row[0]), new Mapped(entry.code(), quad, entry.goldstein())) != null) {
        throw new IllegalStateException(resource + ": " + row[0] + " is listed twice");
      }
    }
  }

  /** The mapping for a type and subtype (null or empty: none), or for the type's {@code *} row. */
  public Optional<Mapped> find(String type, String subtype) {
    if (type == null) {
      return Optional.empty();
    }
    if (subtype != null && !subtype.isBlank()) {
      Mapped m = byKey.get(key(type + "|" + subtype));
      if (m != null) {
        return Optional.of(m);
      }
    }
    Mapped any = byKey.get(key(type + "|*"));
    return Optional.ofNullable(any != null ? any : byKey.get(key(type)));
  }

  /** How many keys the file maps. */
  public int size() {
    return byKey.size();
  }

  @Override
  public String toString() {
    return resource;
  }

  private static String key(String raw) {
    StringBuilder b = new StringBuilder();
    for (String part : raw.split("\\|", -1)) {
      if (!b.isEmpty()) {
        b.append('|');
      }
      b.append(part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }
}
