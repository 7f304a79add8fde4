package org.amity.ingest.maritime;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.amity.event.ActorRoles;
import org.amity.event.CameoCodebook;
import org.amity.event.CountryTable;
import org.amity.event.Event;
import org.amity.ingest.RowException;
import org.amity.ingest.csv.CsvRecordSource;
import org.amity.ingest.csv.CsvRow;

/**
 * Reads the NGA Anti-Shipping Activity Messages (ASAM) file: a reference per message, positions in
 * degrees/minutes/seconds, the aggressor ("hostility"), the victim vessel and a narrative.
 *
 * <p>ASAM has no attack-type column: the narrative is classified ({@link AttackType#classify});
 * when it says nothing classifiable, the hostility field is tried, since later records sometimes
 * put the kind of incident there ("Suspicious Approach"). Such a label is not kept as the
 * attackers' name. "Kidnappers" or "Hijackers" there name who attacked, not what happened: a
 * message that reports only the release of crews taken earlier, by "Kidnappers", is no new
 * kidnapping. The coastal state comes from the description ({@link CoastalState}).
 */
final class AsamSource extends CsvRecordSource {
  static final String FORMAT = "NGA_ASAM";
  static final List<String> HEADER =
      List.of(
          "reference",
          "date",
          "position",
          "navArea",
          "subreg",
          "hostility",
          "victim",
          "description");

  private static final Pattern AGENTS =
      Pattern.compile("\\b(kidnapp?ers?|abductors?|hijackers?)\\b", Pattern.CASE_INSENSITIVE);

  private final CameoCodebook codebook = CameoCodebook.standard();
  private final ActorRoles roles = ActorRoles.standard();
  private final CoastalState coastal = new CoastalState(CountryTable.standard());

  AsamSource(Path path, String displayName, Predicate<Event> filter) throws IOException {
    super(path, displayName, Incident.DATASET, FORMAT, filter, HEADER);
  }

  @Override
  protected Event parse(CsvRow row, long line) throws RowException {
    String reference = row.required("reference");
    LocalDate date = row.date("date");
    DmsPosition at = DmsPosition.parse(row.optional("position"));
    String description = row.optional("description");
    String hostility = Incident.named(row.optional("hostility"));
    AttackType fromHostility = AttackType.classify(hostility);
    boolean hostilityIsAKind =
        hostility != null
            && roles.rolesOf(hostility).isEmpty()
            && fromHostility != AttackType.UNKNOWN;
    AttackType type = AttackType.classify(description, date);
    if (type == AttackType.UNKNOWN && (hostility == null || !AGENTS.matcher(hostility).find())) {
      type = fromHostility;
    }
    Incident incident =
        new Incident(
            date,
            at.latitude(),
            at.longitude(),
            coastal.of(description),
            CoastalState.label(description),
            type,
            description,
            hostilityIsAKind ? null : hostility,
            Incident.named(row.optional("victim")));
    return incident.toEvent("asam:" + reference, codebook, roles);
  }
}
