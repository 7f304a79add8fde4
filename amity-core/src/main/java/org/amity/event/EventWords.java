package org.amity.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Events in words for people: what a CAMEO event code means ("154" reads "mobilises armed forces")
 * and who an actor code names ("THAMIL" reads "Thailand military", "UAF" reads "unidentified armed
 * forces"), from the codebook, the country table and CAMEO's actor type list. Codes stay available
 * beside the words; a code Amity cannot read is given back as it is.
 */
public final class EventWords {
  /** CAMEO actor type and known-group codes in words (Amity's wording of CAMEO's type list). */
  static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("GOV", "government"),
          Map.entry("MIL", "military"),
          Map.entry("COP", "police"),
          Map.entry("SPY", "intelligence services"),
          Map.entry("JUD", "judiciary"),
          Map.entry("LEG", "legislature"),
          Map.entry("PTY", "political party"),
          Map.entry("OPP", "opposition"),
          Map.entry("REB", "rebels"),
          Map.entry("INS", "insurgents"),
          Map.entry("SEP", "separatists"),
          Map.entry("CRM", "criminals"),
          Map.entry("CVL", "civilians"),
          Map.entry("REF", "refugees"),
          Map.entry("MED", "media"),
          Map.entry("BUS", "business"),
          Map.entry("EDU", "education"),
          Map.entry("LAB", "labour"),
          Map.entry("REL", "religious figures"),
          Map.entry("HRI", "human rights groups"),
          Map.entry("IGO", "international organisation"),
          Map.entry("NGO", "non-governmental organisation"),
          Map.entry("NGM", "non-governmental movement"),
          Map.entry("UAF", "unidentified armed forces"),
          Map.entry("ELI", "elites"),
          Map.entry("AGR", "farmers"),
          Map.entry("HLH", "health workers"),
          Map.entry("ENV", "environmental groups"),
          Map.entry("MOD", "moderates"),
          Map.entry("RAD", "radicals"),
          Map.entry("IMG", "immigrants"),
          Map.entry("SET", "settlers"),
          Map.entry("MNC", "multinational company"),
          Map.entry("PIR", "pirates"),
          Map.entry("DEV", "development body"),
          Map.entry("UIS", "unidentified state actor"),
          Map.entry("ASN", "ASEAN"),
          Map.entry("EEC", "European Union"),
          Map.entry("UNO", "United Nations"),
          Map.entry("SEA", "Southeast Asia"),
          Map.entry("ASA", "Asia"),
          Map.entry("WST", "the West"));

  private static final java.util.Set<String> NAMED_GROUPS =
      java.util.Set.of("ASEAN", "European Union", "United Nations");

  /**
   * Type codes that name no country's actor by their nature (international and non-governmental
   * bodies, companies, regions): a code that starts with one reads without a country as it is.
   */
  static final java.util.Set<String> BEYOND_COUNTRIES =
      java.util.Set.of("IGO", "NGO", "NGM", "MNC", "UNO", "ASN", "EEC", "SEA", "ASA", "WST");

  /** Said after an actor whose code gives a kind of actor that belongs to a country, but none. */
  public static final String NO_COUNTRY = " (country not coded)";

  /**
   * Datasets whose actors the source names in words, each name its own ("KIA: Kachin Independence
   * Army", "Protesters (Myanmar)", "IS Maute group"): ACLED and UCDP GED. Amity gives such actors a
   * code from the actor's type (ACLED's political and identity militias become UAF, rebels REB),
   * which reads as a kind ("Myanmar unidentified armed forces") where the source said who.
   */
  private static final java.util.Set<String> NAMED_BY_SOURCE =
      java.util.Set.of("acled", "ucdp-ged");

  /**
   * Datasets whose readers never give an actor a country (the piracy reports: attackers and vessels
   * are kinds, CRM and BUS, placed by sea area): "(country not coded)" would stand on every line
   * and tell nothing, so their actors read as the kinds they are.
   */
  private static final java.util.Set<String> NO_ACTOR_COUNTRIES = java.util.Set.of("piracy");

  /**
   * Datasets whose actor may be a country as a whole, named by its bare name ("Thailand", "China"),
   * which their readers code as the state's government (ICEWS: "Military (Thailand)" mobilises
   * against "Thailand", "Government (Philippines)" gives aid to "Philippines"): such an actor reads
   * as the country, not as "Thailand government", which made the army seem to act against the
   * government and a government give aid to itself.
   */
  private static final java.util.Set<String> BARE_COUNTRY_NAMES =
      java.util.Set.of("icews", "icews-daily");

  private static final EventWords STANDARD =
      new EventWords(CameoCodebook.standard(), CountryTable.standard());

  private final CameoCodebook codebook;
  private final CountryTable countries;

  public EventWords(CameoCodebook codebook, CountryTable countries) {
    this.codebook = codebook;
    this.countries = countries;
  }

  public static EventWords standard() {
    return STANDARD;
  }

  /** The event code in words, or null when the codebook does not know it. */
  public String description(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return codebook.find(code.trim()).map(CameoEntry::label).orElse(null);
  }

  /**
   * An actor in words. A code made of a country and three-letter types reads as the country's name
   * and the types ("PHLMIL" is "Philippines military"); a code of types only reads as the types,
   * followed by "(country not coded)" when they are a kind of actor that belongs to a country
   * ("GOV" is "government (country not coded)", "IGOUNO" is "United Nations"); a stored name (as
   * ICEWS writes it, "Military (Thailand)") is used when the code cannot be read; null when there
   * is neither. An actor of a source that names its actors in words (ACLED, UCDP GED) reads as that
   * name: its code only says what kind of actor it is.
   *
   * @param code the CAMEO actor code as coded, may be null
   * @param storedName the name the source gave, may be null
   * @param dataset the event's dataset ("acled"), may be null
   */
  public String actor(String code, String storedName, String dataset) {
    if (dataset != null
        && NAMED_BY_SOURCE.contains(dataset)
        && storedName != null
        && !storedName.isBlank()) {
      return asNamed(storedName.trim(), dataset);
    }
    if (dataset != null && BARE_COUNTRY_NAMES.contains(dataset)) {
      Optional<String> country = bareCountry(code, storedName);
      if (country.isPresent()) {
        return country.get();
      }
    }
    return actor(code, storedName, dataset == null || !NO_ACTOR_COUNTRIES.contains(dataset));
  }

  /** The country's name when the stored name is that of the code's country itself. */
  private Optional<String> bareCountry(String code, String storedName) {
    if (code == null || code.trim().length() < 3 || storedName == null || storedName.isBlank()) {
      return Optional.empty();
    }
    Optional<Country> named = countries.findByName(storedName.trim());
    String prefix = code.trim().substring(0, 3);
    Optional<Country> coded = countries.findByCameo(prefix).or(() -> countries.findByIso3(prefix));
    if (named.isPresent() && coded.isPresent() && named.get().iso3().equals(coded.get().iso3())) {
      return Optional.of(coded.get().name());
    }
    return Optional.empty();
  }

  /**
   * An actor in words, read from its code first (see {@link #actor(String, String, String)} for
   * sources that name their actors).
   *
   * @param code the CAMEO actor code as coded, may be null
   * @param storedName the name the source gave, may be null
   */
  public String actor(String code, String storedName) {
    return actor(code, storedName, true);
  }

  private String actor(String code, String storedName, boolean noteMissingCountry) {
    Optional<String> fromCode =
        code == null ? Optional.empty() : fromCode(code.trim(), noteMissingCountry);
    if (fromCode.isPresent()) {
      return fromCode.get();
    }
    if (storedName != null && !storedName.isBlank()) {
      return readable(storedName.trim());
    }
    return code == null || code.isBlank() ? null : code;
  }

  private Optional<String> fromCode(String code, boolean noteMissingCountry) {
    if (code.isEmpty() || code.length() % 3 != 0) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>();
    int from = 0;
    Optional<Country> c = countries.findByCameo(code.substring(0, 3));
    if (c.isEmpty()) {
      c = countries.findByIso3(code.substring(0, 3));
    }
    if (c.isPresent()) {
      words.add(c.get().name());
      from = 3;
    }
    for (int i = from; i < code.length(); i += 3) {
      String t = TYPES.get(code.substring(i, i + 3).toUpperCase(Locale.ROOT));
      if (t == null) {
        return Optional.empty();
      }
      if (!words.contains(t)) {
        words.add(t);
      }
    }
    if (words.stream().anyMatch(NAMED_GROUPS::contains)) {
      words.remove(
          TYPES.get("IGO")); // "United Nations", not "international organisation United Nations"
    }
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String said = String.join(" ", words);
    // "GOV" with no country is a government, but whose the coder did not say: the words say so
    // rather than read as if "government" named someone
    boolean countryLess =
        noteMissingCountry
            && c.isEmpty()
            && !BEYOND_COUNTRIES.contains(code.substring(0, 3).toUpperCase(Locale.ROOT));
    return Optional.of(countryLess ? said + NO_COUNTRY : said);
  }

  /**
   * UCDP GED's sides that it names by an acronym, in words ("CPP" is the Communist Party of the
   * Philippines). Only the acronyms of the GED files Amity was built on (the Philippines and
   * Indonesia) whose group is certain; a faction whose leader the files do not name reads as its
   * organisation and GED's letters for it; any other reads as the acronym, in capitals.
   */
  static final Map<String, String> GED_ACRONYMS =
      Map.ofEntries(
          Map.entry("CPP", "Communist Party of the Philippines (CPP)"),
          Map.entry("GAM", "Free Aceh Movement (GAM)"),
          Map.entry("ASG", "Abu Sayyaf Group (ASG)"),
          Map.entry("MILF", "Moro Islamic Liberation Front (MILF)"),
          Map.entry("IS", "Islamic State (IS)"),
          Map.entry("BIFM", "Bangsamoro Islamic Freedom Movement (BIFM)"),
          Map.entry("CNRT", "National Council of Timorese Resistance (CNRT)"),
          Map.entry("MNLF", "Moro National Liberation Front (MNLF)"),
          Map.entry("MNLF - NM", "Moro National Liberation Front, Nur Misuari faction (MNLF - NM)"),
          // two factions whose leaders the shared files do not name (GED's own rows give only the
          // letters; its BIFM-K rows' headlines say "BIFF"): the organisation spelled out, the
          // faction as GED calls it (audit6 J9)
          Map.entry(
              "MNLF - HM", "Moro National Liberation Front, the faction GED calls HM (MNLF - HM)"),
          Map.entry(
              "BIFM-K", "Bangsamoro Islamic Freedom Movement, the faction GED calls K (BIFM-K)"),
          Map.entry("OPM", "Free Papua Movement (OPM)"));

  /**
   * A stored actor name as the pages and the events' export show it: a name of a source that names
   * its actors in its own words with its known acronyms spelled out, as {@link #actor} reads it
   * ("IS" of UCDP GED is "Islamic State (IS)"), any other name as stored; null stays null. The
   * events API's {@code sourceName} and {@code targetName} so agree with its {@code inWords}
   * (audit6 J9), and keep the source's acronym in brackets.
   */
  public static String named(String storedName, String dataset) {
    if (storedName == null || dataset == null || !NAMED_BY_SOURCE.contains(dataset)) {
      return storedName;
    }
    return asNamed(storedName.trim(), dataset);
  }

  /**
   * A name the source gave in its own words (ACLED, UCDP GED), as the source spells it: such a name
   * in capitals is an acronym ("IS", "CPP", "MNLF - NM"), not GDELT's capitals, so it is not
   * sentence-cased; GED's acronyms Amity knows read in words ({@link #GED_ACRONYMS}).
   */
  private static String asNamed(String name, String dataset) {
    if (Dataset.UCDP_GED.id().equals(dataset)) {
      String spelled = GED_ACRONYMS.get(name);
      if (spelled != null) {
        return spelled;
      }
    }
    return name;
  }

  /**
   * GDELT writes names in capitals ("THAILAND"), as do the coder's dictionaries: shown with a
   * capital first letter only. Not used for the names of sources that name their actors in their
   * own words (see {@link #asNamed}), whose capitals are acronyms.
   */
  private static String readable(String name) {
    if (!name.equals(name.toUpperCase(Locale.ROOT))) {
      return name;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
