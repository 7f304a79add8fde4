package org.amity.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
  void aLongSituationIsMappedOverItsRiseNotItsLastMonths() {
    // the Straits situation of 1999-11-15 .. 2001-07-01 (audit5 I5)
    assertThat(PlacesApi.window(LocalDate.of(1999, 11, 15), LocalDate.of(2001, 7, 1)))
        .containsExactly(LocalDate.of(1999, 10, 16), LocalDate.of(2000, 4, 16));
    assertThat(PlacesApi.window(LocalDate.of(2014, 5, 11), LocalDate.of(2014, 5, 24)))
        .containsExactly(LocalDate.of(2014, 4, 11), LocalDate.of(2014, 5, 24));
  }

  @Test
  void aPointAtSeaThatNamesNoPlaceIsNamedByItsSeaArea() {
    Location asam =
        new Location(null, null, 14.2, 115.0, GeoPrecision.PLACE, null, "SOUTH_CHINA_SEA");
    assertThat(PlacesApi.placeName(asam)).isEqualTo(SeaArea.SOUTH_CHINA_SEA.label());
    Location named =
        new Location(
            null, null, 1.25, 104.1, GeoPrecision.PLACE, "Singapore Strait", "MALACCA_SINGAPORE");
    assertThat(PlacesApi.placeName(named)).isEqualTo("Singapore Strait");
    assertThat(PlacesApi.placeName(new Location("IDN", null, 1.0, 104.0, GeoPrecision.PLACE, null)))
        .isNull();
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
