package org.amity.ingest.maritime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.amity.event.Country;
import org.amity.event.CountryTable;

/**
 * Finds the coastal state of an ASAM incident in its description. Most descriptions open with a
 * place label ("PHILIPPINES:", "INDONESIA-SUMATERA:", "DAR ES SALAAM ANCHORAGE, TANZANIA:"); the
 * label, or one of its parts, is looked up as a country name. When the label names a sea
 * ("SINGAPORE STRAIT:") or there is none, the first country named in a place phrase of the
 * narrative is taken (", Nigeria", "off Indonesia", "near Malaysia", "coast of Cameroon"), never
 * one named as a flag state ("Vietnam-flagged"). Measured on the 1978-2019 file, the narrative rule
 * agrees with the label in 382 of 465 incidents where both give a country: it is a fallback, not a
 * gazetteer.
 */
final class CoastalState {
  private static final Pattern LABEL = Pattern.compile("^\\s*(?:\\(U\\)\\s*)?([^:\\n]{2,60}):");
  private static final Pattern PARTS = Pattern.compile("[,/.()]|\\s-\\s|-");

  private final CountryTable countries;
  private final Pattern placePhrase;

  CoastalState(CountryTable countries) {
    this.countries = countries;
    List<String> names = new ArrayList<>();
    for (Country c : countries.countries()) {
      names.add(c.name());
      names.addAll(c.aliases());
    }
    String alternatives =
        names.stream()
            .filter(n -> n.length() >= 4)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    placePhrase =
        Pattern.compile(
            "(?:,\\s*|\\boff\\s+(?:the\\s+)?(?:coast\\s+of\\s+)?|\\bcoast\\s+of\\s+|\\bnear\\s+"
                + "|\\bin\\s+)("
                + alternatives
                + ")\\b(?![- ]?(?:flag|regist))",
            Pattern.CASE_INSENSITIVE);
  }

  /** The place label the description opens with, or null. */
  static String label(String description) {
    Matcher m = description == null ? null : LABEL.matcher(description);
    return m != null && m.find() ? m.group(1).strip() : null;
  }

  /** ISO3 of the coastal state, or null when the description does not say. */
  String of(String description) {
    if (description == null) {
      return null;
    }
    String label = label(description);
    if (label != null) {
      String fromLabel = country(label);
      if (fromLabel != null) {
        return fromLabel;
      }
    }
    Matcher m = placePhrase.matcher(description);
    return m.find() ? country(m.group(1)) : null;
  }

  private String country(String label) {
    var whole = countries.findByName(label);
    if (whole.isPresent()) {
      return whole.get().iso3();
    }
    for (String part : PARTS.split(label)) {
      var c = countries.findByName(part.strip());
      if (c.isPresent()) {
        return c.get().iso3();
      }
    }
    return null;
  }
}
