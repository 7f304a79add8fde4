package org.amity.signal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.amity.event.ConflictArea;
import org.amity.event.SeaArea;

/**
 * The situations on linked subjects that run at the same time as a situation: what an analyst
 * looking at one should see of the others. The watch groups the alerts of one subject only; this
 * links situations across subjects when they are read, and stores nothing.
 *
 * <p>Two situations are related when their subjects are linked and their spans overlap or come
 * within the gap the watch groups one subject's alerts with ({@link SituationGrouper#gapDays}, the
 * wider of the two scopes' gaps under the detectors the last watch ran, which it records; the
 * shipped detectors' gaps for a store whose watch recorded none). Linked subjects:
 *
 * <ul>
 *   <li>a conflict area ({@link ConflictArea}) and its country;
 *   <li>a dyad and each of its parties' countries;
 *   <li>a sea area and each of its coastal states ({@link SeaArea#coastalStates()}), when the
 *       country's situation is about the sea (its domain maritime);
 *   <li>a dyad and a sea area when both parties are coastal states of it (China–Viet Nam and the
 *       South China Sea: the dispute at sea between them is usually that story).
 * </ul>
 *
 * Nothing else is linked: two countries, two dyads sharing a party, two conflict areas of one
 * country, a conflict area and a dyad, or a region and anything (a region is linked to everything
 * in it, which tells an analyst nothing). A situation's span runs from its opening to the day
 * before it closed (its last open day, protracted days included: audit5 I4, a protracted Indonesian
 * situation was not "at the same time" as a Papuan one inside it, because its span ended at its
 * last raised day), or to the last day its alerts cover ({@link Situation#updated()}) when no
 * closing day is recorded, or on without end while it is open or protracted, as the grouper reads
 * an ongoing alert.
 */
public final class RelatedSituations {
  /** How a related situation's subject is linked to the one looked at, in an analyst's words. */
  public enum Relation {
    COUNTRY_OF_AREA("the country of this conflict area"),
    AREA_IN_COUNTRY("a conflict area in this country"),
    PARTY_TO_DYAD("a party to this dyad"),
    DYAD_OF_COUNTRY("a dyad of this country"),
    COASTAL_STATE("a coastal state of this sea area"),
    SEA_AREA_ON_COAST("a sea area on this country's coast"),
    SEA_AREA_OF_PARTIES("a sea area both parties of this dyad border"),
    DYAD_OF_COASTAL_STATES("a dyad of two coastal states of this sea area");

    private final String words;

    Relation(String words) {
      this.words = words;
    }

    /** "a conflict area in this country". */
    public String words() {
      return words;
    }

    /** A sea area and a coastal state: related only when the country's story is at sea. */
    boolean coastal() {
      return this == COASTAL_STATE || this == SEA_AREA_ON_COAST;
    }
  }

  /**
   * A situation related to another.
   *
   * @param situation the related situation
   * @param relation how its subject is linked to the other's
   * @param overlapDays how many days both ran (0 when they only come within the gap)
   */
  public record Related(Situation situation, Relation relation, long overlapDays) {}

  private static final Map<Scope, Integer> STANDARD_GAPS = standardGaps();

  private final ToIntFunction<Scope> gapDays;
  private final Map<String, List<Entry>> byCountry = new HashMap<>();

  /**
   * A situation with what relating reads, worked out once: the countries its subject names or lies
   * in, its first and last epoch days (the last {@link Long#MAX_VALUE} while ongoing) and its
   * scope's gap.
   */
  private record Entry(
      Situation situation, List<String> countries, long first, long last, int gap) {
    Entry(Situation s, ToIntFunction<Scope> gapDays) {
      this(
          s,
          RelatedSituations.countries(s),
          s.opened().toEpochDay(),
          ongoing(s) ? Long.MAX_VALUE : lastDay(s).toEpochDay(),
          gapDays.applyAsInt(s.scope()));
    }

    /**
     * The spans overlap or are at most the wider of the two gaps apart, as the grouper joins two
     * alerts.
     */
    boolean near(Entry o) {
      long gap = Math.max(this.gap, o.gap);
      return (last == Long.MAX_VALUE || o.first <= last + gap)
          && (o.last == Long.MAX_VALUE || first <= o.last + gap);
    }
  }

  private RelatedSituations(Collection<Situation> all, ToIntFunction<Scope> gapDays) {
    this.gapDays = gapDays;
    for (Situation s : all) {
      Entry e = new Entry(s, gapDays);
      for (String country : e.countries()) {
        byCountry.computeIfAbsent(country, k -> new ArrayList<>()).add(e);
      }
    }
  }

  /**
   * The store's situations (every one not withdrawn), indexed once to answer for many, with the
   * gaps of the shipped detectors ({@link DetectorConfig#standard()}).
   */
  public static RelatedSituations among(Collection<Situation> all) {
    return among(all, STANDARD_GAPS::get);
  }

  /** The same with the grouping gap per scope given (a watch run with other detectors). */
  public static RelatedSituations among(Collection<Situation> all, ToIntFunction<Scope> gapDays) {
    return new RelatedSituations(all, gapDays);
  }

  /** The situations of {@code all} related to {@code s}, in the order of {@link #of(Situation)}. */
  public static List<Related> of(Situation s, Collection<Situation> all) {
    return among(all).of(s);
  }

  /**
   * The related situations of each shown one, by its id, from one read of every situation the
   * reader holds: what the CLI, the API and the reports show beside a situation.
   */
  public static Map<Long, List<Related>> read(SignalReader reader, List<Situation> shown) {
    Map<Long, List<Related>> out = new LinkedHashMap<>();
    if (shown.isEmpty()) {
      return out;
    }
    Map<Scope, Integer> watched = reader.groupingGaps();
    RelatedSituations index =
        among(
            reader.situations("all", 0, 0),
            scope -> watched.getOrDefault(scope, STANDARD_GAPS.get(scope)));
    for (Situation s : shown) {
      out.put(s.id(), index.of(s));
    }
    return out;
  }

  /**
   * The situations related to {@code s}: most days in common first, then the higher level, the
   * later last day and the lower id.
   */
  public List<Related> of(Situation s) {
    Entry me = new Entry(s, gapDays);
    Set<Long> seen = new HashSet<>();
    List<Related> out = new ArrayList<>();
    for (String country : me.countries()) {
      for (Entry e : byCountry.getOrDefault(country, List.of())) {
        Situation r = e.situation();
        if (r.id() == s.id() || !me.near(e)) {
          continue;
        }
        Relation link =
            relation(s.scope(), s.subject(), me.countries(), r.scope(), r.subject(), e.countries());
        if (link != null && (!link.coastal() || maritimeCountry(s, r)) && seen.add(r.id())) {
          out.add(new Related(r, link, overlapDays(s, r)));
        }
      }
    }
    out.sort(
        Comparator.comparingLong(Related::overlapDays)
            .reversed()
            .thenComparing(x -> x.situation().level(), Comparator.reverseOrder())
            .thenComparing(x -> x.situation().updated(), Comparator.reverseOrder())
            .thenComparingLong(x -> x.situation().id()));
    return out;
  }

  /**
   * How a subject ({@code other}, {@code of}) is linked to another ({@code scope}, {@code
   * subject}), given both subjects' countries ({@link Scope#involved}); null when it is not.
   */
  private static Relation relation(
      Scope scope, String subject, List<String> mine, Scope other, String of, List<String> theirs) {
    return switch (scope) {
      case THEATRE -> other == Scope.COUNTRY && mine.contains(of) ? Relation.COUNTRY_OF_AREA : null;
      case DYAD ->
          switch (other) {
            case COUNTRY -> mine.contains(of) ? Relation.PARTY_TO_DYAD : null;
            case AREA ->
                !mine.isEmpty() && theirs.containsAll(mine) ? Relation.SEA_AREA_OF_PARTIES : null;
            default -> null;
          };
      case AREA ->
          switch (other) {
            case COUNTRY -> mine.contains(of) ? Relation.COASTAL_STATE : null;
            case DYAD ->
                !theirs.isEmpty() && mine.containsAll(theirs)
                    ? Relation.DYAD_OF_COASTAL_STATES
                    : null;
            default -> null;
          };
      case COUNTRY ->
          switch (other) {
            case THEATRE -> theirs.contains(subject) ? Relation.AREA_IN_COUNTRY : null;
            case DYAD -> theirs.contains(subject) ? Relation.DYAD_OF_COUNTRY : null;
            case AREA -> theirs.contains(subject) ? Relation.SEA_AREA_ON_COAST : null;
            default -> null;
          };
      case REGION -> null;
    };
  }

  /**
   * Of a sea area and a coastal state, the country's situation must be about the sea (its domain
   * maritime: a good part of its alerts' evidence at sea); a coastal state's land story in the same
   * weeks (an insurgency, a disaster) is not the sea's.
   */
  private static boolean maritimeCountry(Situation a, Situation b) {
    Situation country = a.scope() == Scope.COUNTRY ? a : b;
    return "maritime".equals(country.domain());
  }

  /** The countries a situation's subject names or lies in (none for a region). */
  private static List<String> countries(Situation s) {
    return Scope.involved(s.scope(), s.subject());
  }

  private static boolean ongoing(Situation s) {
    return !s.status().equals("closed");
  }

  /** A closed situation's last open day: the day before it closed, else its last raised day. */
  private static LocalDate lastDay(Situation s) {
    if (s.closed() != null && !s.closed().minusDays(1).isBefore(s.updated())) {
      return s.closed().minusDays(1);
    }
    return s.updated();
  }

  /**
   * Days both ran, counting both ends; an ongoing situation runs until the later of the two last
   * days (it was still running when the other's last day came).
   */
  static long overlapDays(Situation a, Situation b) {
    LocalDate last = lastDay(a).isAfter(lastDay(b)) ? lastDay(a) : lastDay(b);
    LocalDate aEnd = ongoing(a) ? last : lastDay(a);
    LocalDate bEnd = ongoing(b) ? last : lastDay(b);
    LocalDate start = a.opened().isAfter(b.opened()) ? a.opened() : b.opened();
    LocalDate end = aEnd.isBefore(bEnd) ? aEnd : bEnd;
    return Math.max(0, ChronoUnit.DAYS.between(start, end) + 1);
  }

  private static Map<Scope, Integer> standardGaps() {
    return SituationGrouper.gaps(DetectorConfig.standard().specs());
  }
}
