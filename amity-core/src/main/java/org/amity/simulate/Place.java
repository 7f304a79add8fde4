package org.amity.simulate;

import java.util.Set;

/**
 * A place as GDELT 2.0 geo fields write it.
 *
 * @param id the gazetteer's key
 * @param geoType GDELT geo type: 1 country, 4 world city or landmark, 5 world state
 * @param fullName the full name ("Jolo, Sulu, Philippines")
 * @param fips FIPS 10-4 country code ("RP")
 * @param adm1 first-order division code ("RP60"), or the FIPS code for a country
 * @param adm2 second-order division code, empty when not known
 * @param latitude as GDELT writes it
 * @param longitude as GDELT writes it
 * @param featureId GDELT's feature id where known, else empty
 * @param iso3 the country the place belongs to (the FIPS code's country)
 * @param seaArea for a body of water, the {@link org.amity.event.SeaArea} name it lies in, else
 *     empty
 * @param tags what the place is good for (capital, coast, scs, sulu, malacca, hazard, insurgency
 *     settings, and for sea places the ISO3 codes of the claimants active there)
 */
record Place(
    String id,
    int geoType,
    String fullName,
    String fips,
    String adm1,
    String adm2,
    String latitude,
    String longitude,
    String featureId,
    String iso3,
    String seaArea,
    Set<String> tags) {

  Place {
    tags = Set.copyOf(tags);
  }

  boolean has(String tag) {
    return tags.contains(tag);
  }

  boolean atSea() {
    return !seaArea.isEmpty();
  }
}
