package org.amity.event;

/**
 * Where an event happened.
 *
 * @param country ISO3 code of the country (or Amity's code for a disputed area), null if unknown
 * @param adm1 first-order division code as the source gives it (GDELT: FIPS-based, e.g. "RP47")
 * @param latitude degrees north, NaN if unknown
 * @param longitude degrees east, NaN if unknown
 * @param precision how precisely the place is known
 * @param name the place name as the source writes it, null if none
 * @param seaArea the sea area ({@link SeaArea#name()}) when the event happened at sea, else null
 */
public record Location(
    String country,
    String adm1,
    double latitude,
    double longitude,
    GeoPrecision precision,
    String name,
    String seaArea) {

  public static final Location UNKNOWN =
      new Location(null, null, Double.NaN, Double.NaN, GeoPrecision.NONE, null, null);

  public Location {
    if (precision == null) {
      throw new IllegalArgumentException("precision must not be null");
    }
  }

  /** A location on land or of unknown kind (no sea area). */
  public Location(
      String country,
      String adm1,
      double latitude,
      double longitude,
      GeoPrecision precision,
      String name) {
    this(country, adm1, latitude, longitude, precision, name, null);
  }

  /** True when only the country is known, so the coordinates are a country centroid. */
  public boolean centroidOnly() {
    return precision == GeoPrecision.COUNTRY;
  }

  public boolean hasCoordinates() {
    return !Double.isNaN(latitude) && !Double.isNaN(longitude);
  }
}
