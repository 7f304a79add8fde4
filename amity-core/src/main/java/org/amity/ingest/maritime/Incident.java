package org.amity.ingest.maritime;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.amity.event.Actor;
import org.amity.event.ActorRoles;
import org.amity.event.CameoCodebook;
import org.amity.event.CameoEntry;
import org.amity.event.Event;
import org.amity.event.GeoPrecision;
import org.amity.event.Location;
import org.amity.event.SeaArea;

/**
 * One maritime incident as both sources report it, and the event it is stored as: dataset {@code
 * piracy}, the attackers as source actor, the vessel as target, a location at sea with its sea
 * area.
 *
 * @param date the day of the incident
 * @param latitude degrees north
 * @param longitude degrees east
 * @param coastalState ISO3 of the nearest coastal state, null if unknown
 * @param place the source's place description, null if none
 * @param type what happened
 * @param narrative the report's text, null if none
 * @param attackers who attacked as the source names them ("PIRATES"), null if not named
 * @param vessel the vessel's name, or its kind when unnamed ("Bulk Carrier"), null if neither
 */
record Incident(
    LocalDate date,
    double latitude,
    double longitude,
    String coastalState,
    String place,
    AttackType type,
    String narrative,
    String attackers,
    String vessel) {

  static final String DATASET = org.amity.event.Dataset.PIRACY.id();
  private static final Pattern PLEASURE_CRAFT =
      Pattern.compile(
          "\\b(yacht|sailing|sail boat|sailboat|pleasure|catamaran)\\b", Pattern.CASE_INSENSITIVE);
  private static final List<String> STATE_ROLES = List.of("MIL", "COP", "GOV", "SPY");

  /** The event for this incident under the given native id. */
  Event toEvent(String nativeId, CameoCodebook codebook, ActorRoles roles) {
    CameoEntry entry = codebook.get(type.cameo());
    Location at =
        new Location(
            coastalState,
            null,
            latitude,
            longitude,
            GeoPrecision.PLACE,
            place,
            SeaArea.locate(latitude, longitude).map(Enum::name).orElse(null));
    return new Event(
        DATASET,
        nativeId,
        date,
        null,
        attackerActor(roles),
        vesselActor(roles),
        entry.code(),
        false,
        entry.quadClass(),
        entry.goldstein(),
        1,
        1,
        1,
        Double.NaN,
        at,
        null,
        type.label(),
        narrative);
  }

  /**
   * The attackers: the roles their name gives (a navy is MIL, rebels REB), and criminals (CRM)
   * otherwise, since an attack on a ship by unnamed people is piracy or armed robbery at sea.
   */
  private Actor attackerActor(ActorRoles roles) {
    List<String> types = roles.rolesOf(attackers);
    if (types.isEmpty()) {
      types = List.of("CRM");
    }
    return new Actor(types.get(0), attackers, null, null, null, null, types);
  }

  /** The vessel: a state ship by its name's roles, a yacht is civilian, any other is business. */
  private Actor vesselActor(ActorRoles roles) {
    List<String> state = roles.rolesOf(vessel).stream().filter(STATE_ROLES::contains).toList();
    List<String> types =
        !state.isEmpty()
            ? state
            : vessel != null && PLEASURE_CRAFT.matcher(vessel).find()
                ? List.of("CVL")
                : List.of("BUS");
    return new Actor(types.get(0), vessel, null, null, null, null, types);
  }

  /** A source's "no value" words for names ("Unknown", "Name Withheld", "N/A"), as null. */
  static String named(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "", "na", "n/a", "unknown", "unspecified", "name withheld", "unidentified", "none" ->
          null;
      default -> v;
    };
  }
}
