package org.amity.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Base rates of GDELT event rows, measured on real export files: counts only, never rows. The
 * simulator draws its background stream from these counts, so the synthetic stream has the shape of
 * the real one.
 *
 * <p>"Region rows" are rows that touch an ASEAN member (an actor from it or the action in it), the
 * same test as the ingest's {@code --region asean}. Statistics that describe the region (QuadClass
 * mix, actor kinds, counterparts, places, country volume, event-date lag) are counted on region
 * rows; statistics that describe how GDELT codes and reports any event (CAMEO codes within a
 * QuadClass, actor roles, report duplication, coverage counts, tone, root events) are counted on
 * all rows, because the region rows alone are too few for them.
 *
 * @param method how the counts were made, in words
 * @param sources the files read
 * @param rows rows read (all files)
 * @param regionRows rows touching an ASEAN member
 * @param quadClass region rows per QuadClass ("1" to "4")
 * @param codesByQuadClass all rows per CAMEO event code, per QuadClass
 * @param actorKinds region rows per actor kind ("none", "country", "countryRole", "role", "other"),
 *     for the "source" and "target" side
 * @param roles all coded actors per first role code (GOV, MIL, CVL, ...)
 * @param counterparts region rows whose two actors both carry a country: the second country as seen
 *     from the ASEAN one ("SAME", "ASEAN", a partner's ISO3, or "OTHER")
 * @param reportsPerIncident per QuadClass, incidents per number of rows reporting them (rows of one
 *     file with the same date, actors, code and action country)
 * @param coverage all rows per "NumMentions/NumSources/NumArticles" triple
 * @param toneByQuadClass AvgTone per QuadClass, GDELT 2.0 rows only
 * @param rootEvent all rows per IsRootEvent value ("0", "1")
 * @param geoPrecision region rows located in an ASEAN country, per precision ("country", "adm1",
 *     "place")
 * @param actionPlace region rows per kind of place: "home" (an ASEAN country), "sea" (a named sea,
 *     strait, shoal or gulf), "abroad" (outside the region), "none" (no location)
 * @param countries region rows per ASEAN home country (the action country if ASEAN, else the first
 *     ASEAN actor's)
 * @param eventDateLag region rows per days between the event date and the day the row was added
 *     ("0", "1", "2-7", "8-31", "32-365", "366+")
 */
public record GdeltProfile(
    String method,
    List<SourceFile> sources,
    long rows,
    long regionRows,
    Map<String, Long> quadClass,
    Map<String, Map<String, Long>> codesByQuadClass,
    Map<String, Map<String, Long>> actorKinds,
    Map<String, Long> roles,
    Map<String, Long> counterparts,
    Map<String, Map<String, Long>> reportsPerIncident,
    Map<String, Long> coverage,
    Map<String, Tone> toneByQuadClass,
    Map<String, Long> rootEvent,
    Map<String, Long> geoPrecision,
    Map<String, Long> actionPlace,
    Map<String, Long> countries,
    Map<String, Long> eventDateLag) {

  /** The profile shipped with Amity, calibrated on the shared GDELT files. */
  public static final String RESOURCE = "/org/amity/simulate/gdelt-profile.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /**
   * One file read by the calibration.
   *
   * @param file the file name (no directory)
   * @param layout GDELT1 or GDELT2
   * @param rows rows parsed
   * @param rejected lines the parser refused
   */
  public record SourceFile(String file, String layout, long rows, long rejected) {}

  /**
   * Tone of the reporting articles.
   *
   * @param n rows counted
   * @param mean mean AvgTone
   * @param sd standard deviation of AvgTone
   */
  public record Tone(long n, double mean, double sd) {}

  /** Loads the profile shipped as a resource. */
  public static GdeltProfile standard() {
    try (InputStream in = GdeltProfile.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return JSON.readValue(in, GdeltProfile.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses a profile from its JSON form. */
  public static GdeltProfile parse(String json) {
    try {
      return JSON.readValue(json, GdeltProfile.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a GDELT profile: " + e.getOriginalMessage(), e);
    }
  }

  /** The JSON form, keys sorted, so the same counts always give the same bytes. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write profile", e);
    }
  }
}
