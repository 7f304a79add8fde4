package org.amity.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.amity.event.GeoPrecision;
import org.amity.event.Location;
import org.amity.event.SeaArea;
import org.junit.jupiter.api.Test;

class PlacesApiTest {
  @Test
  void aSeaAreasPlacesAreTheEventsItsSeriesCountsThere() {
    Location attack =
        new Location(
            null, null, 1.25, 104.1, GeoPrecision.PLACE, "Singapore Strait", "MALACCA_SINGAPORE");
    assertThat(PlacesApi.inArea(SeaArea.MALACCA_SINGAPORE, attack)).isTrue();
    assertThat(PlacesApi.inArea(SeaArea.SOUTH_CHINA_SEA, attack)).isFalse();
  }

  @Test
  void aTownOnTheCoastInsideThePolygonIsNotAtSea() {
    // ACLED's protests in Batam: the coordinates fall in the straits' polygon, the event is on land
    Location batam =
        new Location("IDN", "Riau Islands", 1.0521, 104.0285, GeoPrecision.PLACE, "Batam");
    assertThat(SeaArea.MALACCA_SINGAPORE.contains(batam.latitude(), batam.longitude())).isTrue();
    assertThat(PlacesApi.inArea(SeaArea.MALACCA_SINGAPORE, batam)).isFalse();
  }

  @Test
  void aReportNamingTheStraitsButPlacedElsewhereIsNotCountedThere() {
    // an IMB record "Near Pulau Iyu Kecil, Malacca Straits" with a position in the Java Sea: the
    // ingest placed it by its position, outside every watched area
    Location javaSea =
        new Location(
            "IDN",
            null,
            -5.5506,
            106.5227,
            GeoPrecision.PLACE,
            "Near Pulau Iyu Kecil, Malacca Straits");
    assertThat(PlacesApi.inArea(SeaArea.MALACCA_SINGAPORE, javaSea)).isFalse();
  }
}
