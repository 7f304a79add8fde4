package org.amity.event;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The datasets Amity reads, each with how it records what happened ({@link Recording}): the one
 * place that says which sources write one row per news report and which one record per incident.
 * The ingest sources take their dataset names from here; the watch's three engines (the store's
 * SQL, {@code signal.daily}, the Flink job) read {@link #recorders} to count incidents
 * (docs/decisions.md, "Incidents, not reports").
 */
public enum Dataset {
  GDELT("gdelt", "GDELT", Recording.REPORTS),
  ICEWS("icews", "ICEWS", Recording.REPORTS),
  ICEWS_DAILY("icews-daily", "ICEWS", Recording.REPORTS),
  POLECAT("polecat", "POLECAT", Recording.REPORTS),
  TEXT("text", "the coded news text", Recording.REPORTS),
  ACLED("acled", "ACLED", Recording.INCIDENTS, true),
  UCDP_GED("ucdp-ged", "UCDP GED", Recording.INCIDENTS, true),
  /**
   * The IMB and NGA ASAM files, each one record per incident once Amity has merged the reports one
   * file repeats; two recorders (their native ids start "imb:" and "asam:"), whose reports of one
   * attack the twin merge pairs where it can, and the incident rule takes for one where it could
   * not and their keys agree, unless their positions lie far apart ({@link #positionsIncidents}).
   */
  PIRACY(
      "piracy",
      "the piracy files (IMB, NGA ASAM)",
      Recording.INCIDENTS,
      true,
      false,
      new File("imb", "IMB"),
      new File("asam", "NGA ASAM"));

  /** How a dataset's rows stand to the events they record. */
  public enum Recording {
    /**
     * One row per news report: one clash in twenty articles is twenty rows, so rows of one day with
     * one incident key are one incident (GDELT, ICEWS, POLECAT, coded text; also the simulator,
     * which writes GDELT rows).
     */
    REPORTS,
    /**
     * One record per incident, deduplicated by the source's coders (ACLED, UCDP GED) or by Amity
     * ({@code PiracyTwins}): two records of one recorder ({@link Recorder}) of one day with one
     * incident key are two incidents.
     */
    INCIDENTS
  }

  private final String id;
  private final String label;
  private final Recording recording;
  private final boolean positions;
  private final boolean countsDead;
  private final List<File> files;

  Dataset(String id, String label, Recording recording) {
    this(id, label, recording, false);
  }

  Dataset(String id, String label, Recording recording, boolean countsDead) {
    this(id, label, recording, false, countsDead);
  }

  Dataset(
      String id,
      String label,
      Recording recording,
      boolean positions,
      boolean countsDead,
      File... files) {
    this.id = id;
    this.label = label;
    this.recording = recording;
    this.positions = positions;
    this.countsDead = countsDead;
    this.files = List.of(files);
  }

  /**
   * One of the files a dataset joins: how its records' native ids start ({@code id} and a colon)
   * and how a reader names it ("NGA ASAM").
   */
  public record File(String id, String label) {
    /** Whether a record with {@code nativeId} is this file's. */
    public boolean holds(String nativeId) {
      return nativeId != null && nativeId.startsWith(id + ":");
    }
  }

  /**
   * Who records one incident per record: a dataset, or one of the files of a dataset that joins
   * several independent recorders ({@code prefix}: how its records' native ids start, as "imb:";
   * null for the whole dataset). Records of one recorder on one day and incident key are distinct
   * incidents; records of two recorders there are taken for the same ones. {@code countsDead}: its
   * records count the people killed ({@code Event#fatalities}), and a subject's dead of one day are
   * the most any one such recorder counted there ({@link #deathRecorders}).
   */
  public record Recorder(String dataset, String prefix, boolean countsDead) {
    /** Whether a record of {@code dataset} with {@code nativeId} is this recorder's. */
    public boolean records(String dataset, String nativeId) {
      return this.dataset.equals(dataset)
          && (prefix == null || (nativeId != null && nativeId.startsWith(prefix)));
    }
  }

  /** The dataset as a reader names it ("ACLED", "the piracy files (IMB, NGA ASAM)"). */
  public String label() {
    return label;
  }

  /** The name stored in {@code events.dataset}. */
  public String id() {
    return id;
  }

  public Recording recording() {
    return recording;
  }

  /** The files of a dataset that joins several recorders ("imb", "asam"), else empty. */
  public List<File> files() {
    return files;
  }

  /**
   * The file of this dataset a record with {@code nativeId} comes from, empty when none claims it.
   */
  public Optional<File> fileOf(String nativeId) {
    return files.stream().filter(f -> f.holds(nativeId)).findFirst();
  }

  /**
   * One stored record named for a reader: by its file and its number there for a dataset of several
   * files ("NGA ASAM 1993-61", "IMB 2016-0412"), so that two records of one file do not read as the
   * dataset's two files (audit3 G2); otherwise by the stored dataset and native id, as before
   * ("acled 9213456").
   */
  public static String recordName(String dataset, String nativeId) {
    Optional<File> file = of(dataset).flatMap(d -> d.fileOf(nativeId));
    if (file.isPresent()) {
      return file.get().label() + " " + nativeId.substring(file.get().id().length() + 1);
    }
    return dataset + " " + nativeId;
  }

  /**
   * Whether the dataset's records carry the incident's own position, measured where it happened (a
   * ship's position at sea), not a place named in a report and geocoded: then two records of one
   * day and incident key from two of its files that lie far apart are two incidents ({@code
   * signal.daily.PositionedRecords}). The news datasets' and ACLED's coordinates are a town's, a
   * division's or a country's centre, which two reports of one event need not share.
   */
  public boolean positionsIncidents() {
    return positions;
  }

  /** The stored names of the datasets whose records carry the incident's own position. */
  public static List<String> positioned() {
    return Arrays.stream(values()).filter(d -> d.positions).map(d -> d.id).toList();
  }

  /** The dataset of this stored name, empty for one Amity does not declare. */
  public static Optional<Dataset> of(String id) {
    return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
  }

  /** The stored names of the datasets that record one incident per record, in declaration order. */
  public static List<String> incidentDatasets() {
    return Arrays.stream(values())
        .filter(d -> d.recording == Recording.INCIDENTS)
        .map(d -> d.id)
        .toList();
  }

  /** Whether the dataset of this stored name records one incident per record. */
  public static boolean recordsIncidents(String id) {
    return of(id).map(d -> d.recording == Recording.INCIDENTS).orElse(false);
  }

  /**
   * The recorders of one incident per record, in declaration order: each dataset that records
   * incidents, or each of its files when it joins several ({@link Recorder}).
   */
  public static List<Recorder> recorders() {
    return RECORDERS;
  }

  private static final List<Recorder> RECORDERS =
      Arrays.stream(values())
          .filter(d -> d.recording == Recording.INCIDENTS)
          .flatMap(
              d ->
                  d.files.isEmpty()
                      ? java.util.stream.Stream.of(new Recorder(d.id, null, d.countsDead))
                      : d.files.stream().map(f -> new Recorder(d.id, f.id() + ":", d.countsDead)))
          .toList();

  private static final List<Recorder> DEATH_RECORDERS =
      RECORDERS.stream().filter(Recorder::countsDead).toList();

  /**
   * The recorders whose records count the people killed (ACLED, UCDP GED), in the order of {@link
   * #recorders}: two of them often record the same killings (an ACLED and a GED record of one
   * clash, a day apart or with other actor codes, so not on one incident key), and a subject's dead
   * of one day are the most any one of them counted there, not their sum (docs/decisions.md,
   * "Deaths two recorders count are counted once").
   */
  public static List<Recorder> deathRecorders() {
    return DEATH_RECORDERS;
  }

  /**
   * A record's place in {@link #deathRecorders}, -1 when its dataset counts no dead (or is not
   * declared: then its dead, should it give any, are added to the day's as they come).
   */
  public static int deathLane(String dataset, String nativeId) {
    for (int i = 0; i < DEATH_RECORDERS.size(); i++) {
      if (DEATH_RECORDERS.get(i).records(dataset, nativeId)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A record's place in {@link #recorders}, -1 when its dataset records reports (or is not
   * declared: read as reports, the rule before the distinction, as is a record of a dataset of
   * several files that none of them claims).
   */
  public static int incidentLane(String dataset, String nativeId) {
    for (int i = 0; i < RECORDERS.size(); i++) {
      if (RECORDERS.get(i).records(dataset, nativeId)) {
        return i;
      }
    }
    return -1;
  }
}
