package org.amity.store.duckdb;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.amity.event.EventKinds;

/**
 * What an incident counts for, packed into one BIGINT per report for {@link IndicatorTables}: the
 * places (1 for the first, 0 for none) of the source, action and target countries in the sorted
 * watch list and of the sea area among the sea areas read, then (only when some ASEAN member is not
 * in the watch list, so that the places cannot tell) whether a member is a side or the place, then
 * whether it is aid given abroad (a humanitarian code with a known place other than the source's
 * country, which does not count for the source: {@code IncidentSubjects.abroadAid}), then three
 * flags of the CAMEO code: humanitarian, state coercion, abduction. All of it depends on the
 * incident key alone, so grouping reports on it adds no groups; the low part (places, ASEAN and aid
 * abroad) decides the subjects, the flags which kinds of incident are counted.
 */
final class Profile {
  static final int HUMANITARIAN = 0;

  /** The humanitarian CAMEO codes as a SQL list literal. */
  private static final String HUMANITARIAN_LIST =
      "[" + IndicatorTables.sqlList(EventKinds.HUMANITARIAN_CODES) + "]";

  static final int COERCION = 1;
  static final int KIDNAP = 2;

  private final List<String> watch;
  private final List<String> seas;
  private final Set<String> asean;
  private final int placeBits;
  private final int seaBits;
  private final boolean aseanBit;
  private final int abroadShift;
  private final int subjectBits;

  /**
   * @param watch the watched countries, sorted
   * @param seas the sea areas of the events read, sorted
   * @param asean the ASEAN members
   */
  Profile(List<String> watch, List<String> seas, Set<String> asean) {
    this.watch = List.copyOf(watch);
    this.seas = List.copyOf(seas);
    this.asean = new TreeSet<>(asean);
    this.placeBits = bits(watch.size());
    this.seaBits = bits(seas.size());
    this.aseanBit = !watch.containsAll(asean);
    this.abroadShift = 3 * placeBits + seaBits + (aseanBit ? 1 : 0);
    this.subjectBits = abroadShift + 1;
    if (subjectBits + 3 > 62) {
      throw new IllegalArgumentException(
          "too many watched countries ("
              + watch.size()
              + ") or sea areas ("
              + seas.size()
              + ") to count incidents by profile");
    }
  }

  /** The watched countries and the ASEAN members. */
  java.util.Collection<String> countries() {
    java.util.Set<String> all = new TreeSet<>(watch);
    all.addAll(asean);
    return all;
  }

  List<String> seas() {
    return seas;
  }

  /** Bits for the numbers 0 to n. */
  private static int bits(int n) {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(n));
  }

  /**
   * The low part (places, ASEAN when it is packed, aid abroad) as an expression over columns {@code
   * src_country, action_country, tgt_country, sea_area}; {@code humanitarian} is a condition true
   * when the code is humanitarian.
   */
  private String subjects(String humanitarian) {
    StringBuilder p = new StringBuilder("(");
    p.append(place(watch, "src_country", 0));
    p.append(" + ").append(place(watch, "action_country", placeBits));
    p.append(" + ").append(place(watch, "tgt_country", 2 * placeBits));
    p.append(" + ").append(place(seas, "sea_area", 3 * placeBits));
    if (aseanBit) {
      String a = "[" + IndicatorTables.sqlList(asean) + "]";
      p.append(" + least(coalesce(list_position(")
          .append(a)
          .append(", src_country), 0) + coalesce(list_position(")
          .append(a)
          .append(", tgt_country), 0) + coalesce(list_position(")
          .append(a)
          .append(", action_country), 0), 1)::BIGINT * ")
          .append(1L << (3 * placeBits + seaBits));
    }
    p.append(" + (action_country IS NOT NULL AND action_country IS DISTINCT FROM src_country AND ")
        .append(humanitarian)
        .append(")::BIGINT * ")
        .append(1L << abroadShift);
    return p.append(")").toString();
  }

  /** The low part as an expression over events. */
  String subjects() {
    return subjects("coalesce(list_contains(" + HUMANITARIAN_LIST + ", event_code), false)");
  }

  /** The whole profile, with the code's flags, as an expression over events. */
  String full() {
    return "(" + subjects() + " + " + codeFlags(1L << subjectBits) + ")";
  }

  /**
   * The three flags of the CAMEO code in {@code event_code} as a BIGINT: humanitarian times {@code
   * unit}, state coercion twice that, abduction four times.
   */
  static String codeFlags(long unit) {
    String coer = "[" + IndicatorTables.sqlList(EventKinds.COERCION_CODES) + "]";
    return "(least(coalesce(list_position("
        + HUMANITARIAN_LIST
        + ", event_code), 0), 1)::BIGINT * "
        + unit * (1L << HUMANITARIAN)
        + " + least(coalesce(list_position("
        + coer
        + ", event_code), 0) + starts_with(event_code, '"
        + EventKinds.FORCE_POSTURE_ROOT
        + "')::INTEGER, 1)::BIGINT * "
        + unit * (1L << COERCION)
        + " + starts_with(event_code, '"
        + EventKinds.ABDUCTION_ROOT
        + "')::BIGINT * "
        + unit * (1L << KIDNAP)
        + ")";
  }

  /**
   * The whole profile as an expression over incident classes ({@link IncidentKeys}): the low part
   * from the countries and sea area decoded from class {@code k}, the flags moved from the class.
   */
  String fromClass() {
    return "(SELECT k, "
        + subjects("(k >> " + (IncidentKeys.FLAGS_SHIFT + HUMANITARIAN) + ") & 1 = 1")
        + " + ((k >> "
        + IncidentKeys.FLAGS_SHIFT
        + ") & 7) * "
        + (1L << subjectBits)
        + " AS p FROM (SELECT k, "
        + IncidentKeys.decode()
        + " FROM incident_classes))";
  }

  /** The low part of a profile {@code p}. */
  long subjectMask() {
    return (1L << subjectBits) - 1;
  }

  /** A condition on a whole profile {@code p}: the code has this flag. */
  String flag(int which) {
    return "(p >> " + (subjectBits + which) + ") & 1 = 1";
  }

  /**
   * Columns from a low part {@code p}: the places src, act, tgt and sea, the names src_name,
   * act_name, tgt_name and sea_name, asean, and abroad_aid (aid given abroad, not counted for the
   * source).
   */
  String decode() {
    String w = "[" + quoted(watch) + "]";
    String s = "[" + quoted(seas) + "]";
    long m = (1L << placeBits) - 1;
    String src = "(p & " + m + ")";
    String act = "((p >> " + placeBits + ") & " + m + ")";
    String tgt = "((p >> " + 2 * placeBits + ") & " + m + ")";
    String sea = "((p >> " + 3 * placeBits + ") & " + ((1L << seaBits) - 1) + ")";
    String isAsean;
    if (aseanBit) {
      isAsean = "(p >> " + (3 * placeBits + seaBits) + ") & 1 = 1";
    } else {
      List<String> places = new ArrayList<>();
      for (String country : asean) {
        places.add(Integer.toString(watch.indexOf(country) + 1));
      }
      String list = "[" + String.join(", ", places) + "]";
      isAsean =
          "(list_contains("
              + list
              + ", "
              + src
              + ") OR list_contains("
              + list
              + ", "
              + act
              + ") OR list_contains("
              + list
              + ", "
              + tgt
              + "))";
    }
    return src
        + " AS src, "
        + act
        + " AS act, "
        + tgt
        + " AS tgt, "
        + sea
        + " AS sea, "
        + w
        + "["
        + src
        + "] AS src_name, "
        + w
        + "["
        + act
        + "] AS act_name, "
        + w
        + "["
        + tgt
        + "] AS tgt_name, "
        + s
        + "["
        + sea
        + "] AS sea_name, "
        + isAsean
        + " AS asean, (p >> "
        + abroadShift
        + ") & 1 = 1 AS abroad_aid";
  }

  /** {@code coalesce(list_position(list, column), 0)} shifted left by {@code shift} bits. */
  private static String place(List<String> list, String column, int shift) {
    if (list.isEmpty()) {
      return "0";
    }
    return "coalesce(list_position(["
        + quoted(list)
        + "], "
        + column
        + "), 0)::BIGINT * "
        + (1L << shift);
  }

  private static String quoted(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.add("'" + v.replace("'", "''") + "'");
    }
    return String.join(", ", out);
  }
}
