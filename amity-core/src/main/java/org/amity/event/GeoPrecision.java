package org.amity.event;

/**
 * How precisely an event's location is known. GDELT falls back to a country's centroid when it
 * cannot place an event more precisely: such points must not be read as real places.
 */
public enum GeoPrecision {
  /** No location at all. */
  NONE,
  /** Only the country is known; coordinates, if any, are the country's centroid. */
  COUNTRY,
  /** A first-order administrative division (province, state); coordinates are its centroid. */
  ADM1,
  /** A city, town or landmark. */
  PLACE;

  /** Maps GDELT's geo type (1 country, 2 US state, 3 US city, 4 world city, 5 world state). */
  public static GeoPrecision ofGdeltType(int type) {
    return switch (type) {
      case 1 -> COUNTRY;
      case 2, 5 -> ADM1;
      case 3, 4 -> PLACE;
      default -> NONE;
    };
  }
}
