package org.amity.ingest.maritime;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.amity.event.ActorRoles;
import org.amity.event.CameoCodebook;
import org.amity.event.CountryTable;
import org.amity.event.Event;
import org.amity.ingest.RowException;
import org.amity.ingest.csv.ContentIds;
import org.amity.ingest.csv.CsvRecordSource;
import org.amity.ingest.csv.CsvRow;

/**
 * Reads the IMB-based "Crime at Sea" incident file (Benden et al.): decimal positions, IMB's attack
 * type, the nearest coastal state as ISO3, and for recent years the IMB report text.
 *
 * <p>The subtype is IMB's attack type in Amity's vocabulary ({@link AttackType}); when IMB gives
 * none, the report text is classified; a boarding or hijacking whose report says crew were
 * kidnapped is a kidnapping. The file has no incident ids: the native id hashes date, time,
 * position and vessel name, with an occurrence number for records that share them but differ in
 * another field. A record that repeats an earlier one field for field (the file holds a few, up to
 * six copies of one unnamed hijacking) gets that record's id and is counted as a duplicate: each
 * record of this file is an incident, and nothing tells such copies apart.
 */
final class ImbSource extends CsvRecordSource {
  static final String FORMAT = "IMB_CRIME_AT_SEA";
  static final List<String> HEADER =
      List.of(
          "date",
          "time",
          "longitude",
          "latitude",
          "attack_type",
          "location_description",
          "nearest_country",
          "eez_country",
          "shore_distance",
          "shore_longitude",
          "shore_latitude",
          "attack_description",
          "vessel_name",
          "vessel_type",
          "vessel_status",
          "data_source");

  private final CameoCodebook codebook = CameoCodebook.standard();
  private final ActorRoles roles = ActorRoles.standard();
  private final CountryTable countries = CountryTable.standard();
  private final ContentIds ids = new ContentIds();

  ImbSource(Path path, String displayName, Predicate<Event> filter) throws IOException {
    super(path, displayName, Incident.DATASET, FORMAT, filter, HEADER);
  }

  @Override
  protected Event parse(CsvRow row, long line) throws RowException {
    LocalDate date = row.date("date");
    double lat = row.decimal("latitude", -90, 90);
    double lon = row.decimal("longitude", -180, 180);
    if (lat == 0 && lon == 0) {
      throw new RowException("position 0,0 stands for no position");
    }
    String narrative = row.optional("attack_description");
    String label = row.optional("attack_type");
    AttackType type =
        label == null
            ? AttackType.classify(narrative, date)
            : AttackType.ofImbLabel(label)
                .orElseThrow(() -> new RowException("unknown attack_type " + CsvRow.quote(label)));
    if ((type == AttackType.BOARDING || type == AttackType.HIJACKING)
        && AttackType.reportsKidnapping(narrative, date)) {
      type = AttackType.KIDNAPPING;
    }
    String nearest = row.optional("nearest_country");
    if (nearest != null && countries.findByIso3(nearest).isEmpty()) {
      throw new RowException(
          "nearest_country is not an ISO3 code Amity knows: " + CsvRow.quote(nearest));
    }
    String vesselName = row.optional("vessel_name");
    String vessel = Incident.named(vesselName);
    Incident incident =
        new Incident(
            date,
            lat,
            lon,
            nearest,
            row.optional("location_description"),
            type,
            narrative,
            null,
            vessel != null ? vessel : Incident.named(row.optional("vessel_type")));
    String id =
        ids.nextRecord(
            row.values(),
            "imb:" + date + ":",
            row.optional("time"),
            row.required("latitude"),
            row.required("longitude"),
            vesselName);
    return incident.toEvent(id, codebook, roles);
  }
}
