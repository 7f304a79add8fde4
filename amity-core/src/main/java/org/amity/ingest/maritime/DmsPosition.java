package org.amity.ingest.maritime;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amity.ingest.RowException;

/**
 * A position written in degrees, minutes and seconds, as the NGA ASAM file writes it: {@code
 * 13°43'00"N 121°02'00"E}, latitude and longitude separated by white space (a line break in the
 * file). Seconds may have decimals and leading zeros ({@code 010}). A minute or second of exactly
 * 60 is taken as the source's rounding of 59.99 and carried over; anything above 60 is an error.
 *
 * @param latitude degrees north (south negative)
 * @param longitude degrees east (west negative)
 */
public record DmsPosition(double latitude, double longitude) {
  private static final String PART =
      "(\\d{1,3})\\s*°\\s*(\\d+(?:\\.\\d+)?)\\s*'\\s*(\\d+(?:\\.\\d+)?)\\s*\"";
  private static final Pattern POSITION =
      Pattern.compile("\\s*" + PART + "\\s*([NS])\\s*" + PART + "\\s*([EW])\\s*");

  /** Parses the text; a reject reason when it is not a valid position. */
  public static DmsPosition parse(String text) throws RowException {
    Matcher m = text == null ? null : POSITION.matcher(text);
    if (m == null || !m.matches()) {
      throw new RowException("position is not degrees/minutes/seconds: " + quote(text));
    }
    double lat = degrees(m.group(1), m.group(2), m.group(3), text);
    double lon = degrees(m.group(5), m.group(6), m.group(7), text);
    if (lat > 90 || lon > 180) {
      throw new RowException("position out of range: " + quote(text));
    }
    return new DmsPosition(
        m.group(4).equals("S") ? -lat : lat, m.group(8).equals("W") ? -lon : lon);
  }

  private static double degrees(String d, String m, String s, String text) throws RowException {
    double minutes = Double.parseDouble(m);
    double seconds = Double.parseDouble(s);
    if (minutes > 60 || seconds > 60) {
      throw new RowException("minutes or seconds above 60 in position " + quote(text));
    }
    return Integer.parseInt(d) + minutes / 60 + seconds / 3600;
  }

  private static String quote(String text) {
    return text == null ? "(missing)" : "'" + text.replaceAll("\\s+", " ").strip() + "'";
  }
}
