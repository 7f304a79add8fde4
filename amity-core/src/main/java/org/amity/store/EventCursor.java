package org.amity.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.amity.event.Event;

/**
 * Where a page of events ended: the sort key (date, dataset, native id) of its last event. The next
 * page starts right after it (a keyset page), so it costs the same however deep it is, and events
 * stored meanwhile do not shift it. Clients see it only as an opaque token ({@link #token()}).
 *
 * @param date the last event's date
 * @param dataset its dataset
 * @param nativeId its id in the dataset
 */
public record EventCursor(LocalDate date, String dataset, String nativeId) {
  private static final String VERSION = "e1";

  public EventCursor {
    if (date == null || dataset == null || nativeId == null) {
      throw new IllegalArgumentException("a cursor needs a date, a dataset and an id");
    }
  }

  /** The cursor after this event. */
  public static EventCursor after(Event e) {
    return new EventCursor(e.eventDate(), e.dataset(), e.nativeId());
  }

  /** The opaque token handed to clients (URL-safe). */
  public String token() {
    String plain = VERSION + "\n" + date + "\n" + dataset + "\n" + nativeId;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a token made by {@link #token()}.
   *
   * @throws IllegalArgumentException when it is not one, with a reason a user can act on
   */
  public static EventCursor parse(String token) {
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a page cursor (use the 'next' of a page answer)");
    }
    String[] parts = plain.split("\n", -1);
    if (parts.length != 4 || !parts[0].equals(VERSION)) {
      throw new IllegalArgumentException("not a page cursor (use the 'next' of a page answer)");
    }
    try {
      return new EventCursor(LocalDate.parse(parts[1]), parts[2], parts[3]);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a page cursor (use the 'next' of a page answer)");
    }
  }
}
