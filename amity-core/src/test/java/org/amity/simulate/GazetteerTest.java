package org.amity.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.amity.event.CountryTable;
import org.amity.event.SeaArea;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer places = Gazetteer.standard();
  private final CountryTable countries = CountryTable.standard();

  @Test
  void everyBodyOfWaterLiesInTheSeaAreaItNames() {
    for (Place p : places.find(Place::atSea)) {
      double lat = Double.parseDouble(p.latitude());
      double lon = Double.parseDouble(p.longitude());
      assertThat(SeaArea.locate(lat, lon).map(Enum::name)).as(p.fullName()).contains(p.seaArea());
    }
  }

  @Test
  void everyPlacesFipsCodeIsItsCountrysAsTheIngestMapsIt() {
    for (Place p : places.places()) {
      assertThat(countries.findByFips(p.fips()).map(c -> c.iso3())).as(p.id()).contains(p.iso3());
      assertThat(p.adm1()).as(p.id()).startsWith(p.fips());
    }
  }

  @Test
  void everyMemberHasACentroidACapitalAndCities() {
    for (String m : countries.aseanMembers()) {
      assertThat(places.centroid(m).geoType()).isEqualTo(1);
      assertThat(places.capital(m).geoType()).as(m).isEqualTo(4);
      assertThat(places.landPlaces(m)).as(m).isNotEmpty();
    }
  }

  @Test
  void everyEpisodeSettingHasPlaces() {
    for (String tag : new String[] {"mindanao", "deep-south", "rakhine", "kachin-shan", "papua"}) {
      assertThat(places.find(p -> p.has(tag))).as(tag).hasSizeGreaterThan(1);
    }
    assertThat(places.seas("SULU_CELEBES")).isNotEmpty();
    assertThat(places.seas("MALACCA_SINGAPORE")).isNotEmpty();
    assertThat(places.seas("SOUTH_CHINA_SEA")).hasSizeGreaterThan(3);
  }
}
