package org.amity.simulate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amity.event.CountryTable;

/**
 * An actor as GDELT writes it: a CAMEO code made of a country code and a role ("PHLMIL"), or a role
 * alone ("CRM"), or an organisation ("IGOUNO"), with the name the coder found in the text.
 *
 * @param code the full actor code, empty for no actor
 * @param name the name as written (upper case, as GDELT does)
 * @param country CAMEO country code ("PHL", "TMP" for Timor-Leste), empty if none
 * @param knownGroup CAMEO known-group code ("UNO", "EEC"), empty if none
 * @param role first role code ("GOV", "MIL", "REB"), empty if none
 */
record SimActor(String code, String name, String country, String knownGroup, String role) {
  static final SimActor NONE = new SimActor("", "", "", "", "");

  /** Role codes the simulator writes, with names GDELT gives such actors. */
  static final Map<String, List<String>> ROLE_NAMES =
      Map.ofEntries(
          Map.entry("GOV", List.of("GOVERNMENT", "MINISTRY", "PRESIDENT", "OFFICIAL")),
          Map.entry("MIL", List.of("MILITARY", "ARMY", "NAVY", "SOLDIER", "TROOPS")),
          Map.entry("COP", List.of("POLICE", "COAST GUARD", "POLICE OFFICER")),
          Map.entry("CVL", List.of("CIVILIAN", "RESIDENTS", "VILLAGER", "FISHERMAN")),
          Map.entry("OPP", List.of("OPPOSITION", "ACTIVIST")),
          Map.entry("REB", List.of("REBEL", "MILITANT", "GUNMAN")),
          Map.entry("INS", List.of("INSURGENT", "INSURGENCY")),
          Map.entry("SEP", List.of("SEPARATIST", "SEPARATIST GROUP")),
          Map.entry("BUS", List.of("COMPANY", "BUSINESS", "SHIPPING COMPANY")),
          Map.entry("MED", List.of("JOURNALIST", "NEWSPAPER", "MEDIA")),
          Map.entry("EDU", List.of("UNIVERSITY", "STUDENT", "SCHOOL")),
          Map.entry("JUD", List.of("COURT", "JUDGE", "PROSECUTOR")),
          Map.entry("LEG", List.of("PARLIAMENT", "LAWMAKER", "SENATE")),
          Map.entry("IGO", List.of("INTERNATIONAL ORGANIZATION")),
          Map.entry("UAF", List.of("GUNMAN", "ARMED GROUP")),
          Map.entry("MNC", List.of("CORPORATION", "MULTINATIONAL")),
          Map.entry("HLH", List.of("HOSPITAL", "DOCTOR")),
          Map.entry("LAB", List.of("WORKER", "UNION")),
          Map.entry("CRM", List.of("PIRATE", "CRIMINAL", "KIDNAPPER", "GANG")),
          Map.entry("REF", List.of("REFUGEE", "DISPLACED", "EVACUEE")),
          Map.entry("ELI", List.of("FORMER PRESIDENT", "ELITE")),
          Map.entry("AGR", List.of("FARMER")),
          Map.entry("NGO", List.of("AID AGENCY", "CHARITY")),
          Map.entry("SPY", List.of("INTELLIGENCE AGENCY")),
          Map.entry("RAD", List.of("EXTREMIST", "RADICAL")),
          Map.entry("IMG", List.of("MIGRANT", "MIGRANT WORKER")),
          Map.entry("HRI", List.of("HUMAN RIGHTS GROUP")));

  /** Organisations and regions that carry no single country. */
  static final List<SimActor> ORGANISATIONS =
      List.of(
          new SimActor("IGOUNO", "UNITED NATIONS", "", "UNO", "IGO"),
          new SimActor("IGOEUREEC", "THE EU", "EUR", "EEC", "IGO"),
          new SimActor("SEA", "SOUTHEAST ASIA", "SEA", "", ""),
          new SimActor("ASA", "ASIA", "ASA", "", ""));

  boolean isEmpty() {
    return code.isEmpty();
  }

  /** CAMEO's code for a country (ISO3 but for a few, e.g. TMP for Timor-Leste). */
  static String cameo(String iso3) {
    List<String> codes = CountryTable.standard().getByIso3(iso3).cameoCodes();
    return codes.isEmpty() ? iso3 : codes.get(0);
  }

  /** The country's name as GDELT writes it. */
  static String countryName(String iso3) {
    return CountryTable.standard().getByIso3(iso3).name().toUpperCase(Locale.ROOT);
  }

  /** A state or society actor of a country; role may be empty; the name is drawn. */
  static SimActor of(String iso3, String role, Chance chance) {
    String country = cameo(iso3);
    String name;
    if (role.isEmpty() || !ROLE_NAMES.containsKey(role) || chance.chance(0.6)) {
      name = chance.chance(0.75) ? countryName(iso3) : capitalName(iso3);
    } else {
      name = chance.pick(ROLE_NAMES.get(role));
    }
    return new SimActor(country + role, name, country, "", role);
  }

  /** An actor known only by its role ("REB", "CRM"). */
  static SimActor role(String role, Chance chance) {
    return new SimActor(role, chance.pick(ROLE_NAMES.get(role)), "", "", role);
  }

  private static String capitalName(String iso3) {
    String full = Gazetteer.standard().capital(iso3).fullName();
    return full.split(",")[0].toUpperCase(Locale.ROOT);
  }
}
