package org.amity.response.kb;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A word of the knowledge base's vocabulary, written in data files and JSON as a lowercase,
 * hyphenated id ({@code NEVER_USED} is {@code never-used}).
 */
public interface Term {
  String name();

  default String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses an id (case-insensitive); the message lists the allowed ids. */
  static <E extends Enum<E> & Term> E parse(Class<E> type, String text, String what) {
    if (text != null) {
      for (E e : type.getEnumConstants()) {
        if (e.id().equalsIgnoreCase(text.trim())) {
          return e;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown " + what + " '" + text + "' (allowed: " + allowed(type) + ")");
  }

  static <E extends Enum<E> & Term> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Term::id).collect(Collectors.joining(", "));
  }
}
