package org.amity.signal.daily;

import java.util.List;
import java.util.Map;
import org.amity.event.Dataset;

/**
 * The additive counts of one subject's day, the columns of {@code indicator_days}: reports ({@code
 * events}) in all and per QuadClass, incidents in all, of conflict (QuadClass 3 or 4), of material
 * conflict (4), humanitarian, of state coercion, of abduction (CAMEO 181) and of material conflict
 * on land with rebels as a side ({@link Incident#rebelMaterialConflict}), the Goldstein and tone
 * sums, how many reports had a tone, fatalities, and of seizures and abductions by pirates ({@link
 * Incident#piracy}; a sea area's day also counts those on its coast, {@link #onlyPirates}). Adding
 * two subjects' or two days' counts gives their union's.
 *
 * <p>The dead are the one count that is not a plain sum over a subject's day: while the day is
 * being added up, {@code deathsBy} holds the dead each recorder that counts them gave ({@link
 * Incident#deathsBy}), and the day's row is {@link #settled} once it is whole, to the most any one
 * recorder counted (ACLED and UCDP GED record many of the same killings). A settled row has {@code
 * deathsBy} 0, is what {@code indicator_days} holds, and adds up with other days and subjects as
 * the rest do.
 */
public record DayCounts(
    long events,
    long q1,
    long q2,
    long q3,
    long q4,
    long incidents,
    long conflictIncidents,
    long mcIncidents,
    long humanitarianIncidents,
    double goldsteinSum,
    double toneSum,
    long toneN,
    long coercionIncidents,
    long fatalities,
    long kidnapIncidents,
    long rebelMcIncidents,
    long pirateIncidents,
    long deathReports,
    long deathsBy) {

  public static final DayCounts ZERO =
      new DayCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** Settled counts ({@code deathsBy} 0): the columns of {@code indicator_days}, in order. */
  public DayCounts(
      long events,
      long q1,
      long q2,
      long q3,
      long q4,
      long incidents,
      long conflictIncidents,
      long mcIncidents,
      long humanitarianIncidents,
      double goldsteinSum,
      double toneSum,
      long toneN,
      long coercionIncidents,
      long fatalities,
      long kidnapIncidents,
      long rebelMcIncidents,
      long pirateIncidents,
      long deathReports) {
    this(
        events,
        q1,
        q2,
        q3,
        q4,
        incidents,
        conflictIncidents,
        mcIncidents,
        humanitarianIncidents,
        goldsteinSum,
        toneSum,
        toneN,
        coercionIncidents,
        fatalities,
        kidnapIncidents,
        rebelMcIncidents,
        pirateIncidents,
        deathReports,
        0);
  }

  /**
   * Every additive column of {@code indicator_days} after scope, subject and day, in the table's
   * order, which is this record's: the one list of the indicator columns that the store's SQL, its
   * series reader, the roll-up and the Flink job's output all use.
   */
  public static final List<String> COLUMNS =
      List.of(
          "events",
          "q1",
          "q2",
          "q3",
          "q4",
          "incidents",
          "conflict_incidents",
          "mc_incidents",
          "humanitarian_incidents",
          "goldstein_sum",
          "tone_sum",
          "tone_n",
          "coercion_incidents",
          "fatalities",
          "kidnap_incidents",
          "rebel_mc_incidents",
          "pirate_incidents",
          "death_reports");

  /**
   * The counts names as the day table and detector specs spell them, in table order: {@link
   * #COLUMNS} without the Goldstein and tone sums and the number of tones, which no detector
   * counts.
   */
  public static final List<String> COUNT_COLUMNS =
      COLUMNS.stream()
          .filter(c -> !List.of("goldstein_sum", "tone_sum", "tone_n").contains(c))
          .toList();

  /**
   * The counts that only some sources give, each with the column of how many reports of a day came
   * from such a source: people killed are counted by ACLED and UCDP GED only, so a subject's month
   * without any of their records holds no count of the dead, not zero dead (audit3 G4: Myanmar's
   * deaths lens took 2009-2014, months before any stored source counted deaths, for a baseline of 0
   * and alerted in ACLED's first month). A series of such a count runs from the subject's first to
   * its last period with a report of that column ({@link #coveredRange}); the months between keep
   * their zeros. The ASEAN region is drawn only where one of its member countries is so covered
   * ({@link org.amity.signal.CoverageMembers}, audit4 H3); no detector reads its deaths.
   */
  public static final Map<String, String> COVERED_BY = org.amity.signal.CoverageMembers.COVERED_BY;

  /**
   * The column that says where the sum of {@code columns} is counted at all, or null when every
   * report counts it. A sum that mixes a covered count with others is counted wherever any report
   * is (none of the shipped specs mixes them).
   */
  public static String coverageOf(List<String> columns) {
    String cover = null;
    for (String c : columns) {
      String by = COVERED_BY.get(c);
      if (by == null) {
        return null;
      }
      if (cover != null && !cover.equals(by)) {
        return null;
      }
      cover = by;
    }
    return cover;
  }

  /**
   * The first and last index (inclusive) of the periods whose coverage count is positive, or null
   * when none is: where a series of a count some sources give is read.
   *
   * @param coverage the coverage column's sum per period, in period order
   */
  public static int[] coveredRange(double[] coverage) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < coverage.length; i++) {
      if (coverage[i] > 0) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    return first < 0 ? null : new int[] {first, last};
  }

  /**
   * The counts of one incident key's reports of a day: each incident count is {@link
   * Incident#count} (one, or the records of a dataset that records incidents), given the kind.
   */
  public static DayCounts of(Incident i) {
    long r = i.reports();
    long n = i.count();
    int q = i.quad();
    return new DayCounts(
        r,
        q == 1 ? r : 0,
        q == 2 ? r : 0,
        q == 3 ? r : 0,
        q == 4 ? r : 0,
        n,
        q >= 3 ? n : 0,
        q == 4 ? n : 0,
        i.humanitarian() ? n : 0,
        i.goldsteinSum(),
        i.toneSum(),
        i.toneN(),
        i.coercion() ? n : 0,
        i.fatalities(),
        i.kidnap() ? n : 0,
        i.rebelMaterialConflict() ? n : 0,
        i.pirates() ? n : 0,
        i.deathReports(),
        i.deathsBy());
  }

  /**
   * Only the pirates' count of these counts, every other column 0: what an incident on a sea area's
   * coast adds to the area's day ({@code IncidentSubjects#coast}), which counts nothing else of
   * what happens on land.
   */
  public DayCounts onlyPirates() {
    return new DayCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, pirateIncidents, 0);
  }

  /** These counts with another number of reports from sources that count the dead. */
  public DayCounts withDeathReports(long n) {
    return new DayCounts(
        events,
        q1,
        q2,
        q3,
        q4,
        incidents,
        conflictIncidents,
        mcIncidents,
        humanitarianIncidents,
        goldsteinSum,
        toneSum,
        toneN,
        coercionIncidents,
        fatalities,
        kidnapIncidents,
        rebelMcIncidents,
        pirateIncidents,
        n,
        deathsBy);
  }

  /**
   * These counts of a whole subject's day with its dead read once where two recorders counted them
   * ({@link Dataset#deathRecorders}: ACLED and UCDP GED): the most any one of them gave, plus
   * whatever dead came from datasets not declared as counting them; {@code deathsBy} 0. A day one
   * recorder covered keeps its sum. The same rule as incidents, the greatest and not the sum of two
   * recorders (docs/decisions.md, "Deaths two recorders count are counted once").
   */
  public DayCounts settled() {
    if (deathsBy == 0) {
      return this;
    }
    return new DayCounts(
        events,
        q1,
        q2,
        q3,
        q4,
        incidents,
        conflictIncidents,
        mcIncidents,
        humanitarianIncidents,
        goldsteinSum,
        toneSum,
        toneN,
        coercionIncidents,
        fatalities - DeathLanes.sum(deathsBy) + DeathLanes.most(deathsBy),
        kidnapIncidents,
        rebelMcIncidents,
        pirateIncidents,
        deathReports,
        0);
  }

  /**
   * What one more report adds to its incident's counts, for a stream that sees reports one at a
   * time: the first report counts the incident (and its kinds), later ones add their reports,
   * Goldstein, tone and fatalities under the first report's QuadClass, the incidents by which
   * {@link Incident#count} grows (a further record of a dataset that records incidents), and the
   * growth of the kinds judged on any report (humanitarian when this report is the first to name
   * refugees, and so on: then all the key's incidents are of that kind). The additions of an
   * incident key's reports sum to {@link #of} them all.
   *
   * @param before the incident so far, null when {@code report} is its first
   * @param report the report, as an incident of its own ({@link Incident#of})
   */
  public static DayCounts added(Incident before, Incident report) {
    if (before == null) {
      return of(report);
    }
    long r = report.reports();
    int q = before.quad();
    Incident after = before.plus(report);
    long nb = before.count();
    long na = after.count();
    long more = na - nb;
    return new DayCounts(
        r,
        q == 1 ? r : 0,
        q == 2 ? r : 0,
        q == 3 ? r : 0,
        q == 4 ? r : 0,
        more,
        q >= 3 ? more : 0,
        q == 4 ? more : 0,
        grown(before.humanitarian(), nb, after.humanitarian(), na),
        report.goldsteinSum(),
        report.toneSum(),
        report.toneN(),
        after.coercion() ? more : 0,
        report.fatalities(),
        after.kidnap() ? more : 0,
        grown(before.rebelMaterialConflict(), nb, after.rebelMaterialConflict(), na),
        grown(before.pirates(), nb, after.pirates(), na),
        report.deathReports(),
        report.deathsBy());
  }

  /** What a kind's count grows by: {@code na} incidents of it after, {@code nb} before. */
  private static long grown(boolean was, long nb, boolean is, long na) {
    return (is ? na : 0) - (was ? nb : 0);
  }

  /** The values of {@link #COLUMNS}, in order: integers as {@code Long}, sums as {@code Double}. */
  public Object[] values() {
    return new Object[] {
      events,
      q1,
      q2,
      q3,
      q4,
      incidents,
      conflictIncidents,
      mcIncidents,
      humanitarianIncidents,
      goldsteinSum,
      toneSum,
      toneN,
      coercionIncidents,
      fatalities,
      kidnapIncidents,
      rebelMcIncidents,
      pirateIncidents,
      deathReports
    };
  }

  public DayCounts plus(DayCounts o) {
    return new DayCounts(
        events + o.events,
        q1 + o.q1,
        q2 + o.q2,
        q3 + o.q3,
        q4 + o.q4,
        incidents + o.incidents,
        conflictIncidents + o.conflictIncidents,
        mcIncidents + o.mcIncidents,
        humanitarianIncidents + o.humanitarianIncidents,
        goldsteinSum + o.goldsteinSum,
        toneSum + o.toneSum,
        toneN + o.toneN,
        coercionIncidents + o.coercionIncidents,
        fatalities + o.fatalities,
        kidnapIncidents + o.kidnapIncidents,
        rebelMcIncidents + o.rebelMcIncidents,
        pirateIncidents + o.pirateIncidents,
        deathReports + o.deathReports,
        DeathLanes.plus(deathsBy, o.deathsBy));
  }

  /** A count by its column name (one of {@link #COUNT_COLUMNS}). */
  public long count(String column) {
    return switch (column) {
      case "events" -> events;
      case "q1" -> q1;
      case "q2" -> q2;
      case "q3" -> q3;
      case "q4" -> q4;
      case "incidents" -> incidents;
      case "conflict_incidents" -> conflictIncidents;
      case "mc_incidents" -> mcIncidents;
      case "humanitarian_incidents" -> humanitarianIncidents;
      case "coercion_incidents" -> coercionIncidents;
      case "fatalities" -> fatalities;
      case "kidnap_incidents" -> kidnapIncidents;
      case "rebel_mc_incidents" -> rebelMcIncidents;
      case "pirate_incidents" -> pirateIncidents;
      case "death_reports" -> deathReports;
      default -> throw new IllegalArgumentException("no count column '" + column + "'");
    };
  }
}
