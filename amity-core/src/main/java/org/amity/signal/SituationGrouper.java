package org.amity.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.amity.event.CountryTable;

/**
 * Groups the alerts of one country, dyad, sea area or conflict area into situations: alerts whose
 * periods overlap, or are separated by no more than a gap, tell one developing story. Then
 * summarises each group: level, stage, threat types, domain, themes, great-power involvement.
 */
public final class SituationGrouper {
  /** A situation's content before it gets an id. */
  public record Draft(
      String title,
      Level level,
      String status,
      LocalDate opened,
      LocalDate updated,
      LocalDate closed,
      List<String> parties,
      Map<String, Double> threatShares,
      String domain,
      String stage,
      boolean greatPowerParty,
      double outsidePowerShare,
      boolean humanitarian,
      List<String> themes,
      List<Long> alertIds) {

    /** Not closed: open or protracted. */
    public boolean open() {
      return !status.equals("closed");
    }
  }

  /** The widest gap between alerts of one situation when every detector of its scope is daily. */
  public static final int DAY_GAP_DAYS = 7;

  /** The gap when a detector of the scope counts weeks. */
  public static final int WEEK_GAP_DAYS = 14;

  /** The gap when a detector of the scope counts months. */
  public static final int MONTH_GAP_DAYS = 45;

  private SituationGrouper() {}

  /**
   * How many days may separate two alerts of one subject in this scope for them to tell one story:
   * {@link #DAY_GAP_DAYS}, or {@link #WEEK_GAP_DAYS} or {@link #MONTH_GAP_DAYS} when a detector of
   * the scope counts weeks or months (its periods are that much coarser). The watch groups with it;
   * {@link RelatedSituations} uses it between situations.
   */
  public static int gapDays(Scope scope, List<DetectionSpec> specs) {
    int gap = DAY_GAP_DAYS;
    for (DetectionSpec s : specs) {
      if (s.scope() == scope && s.resolution() != Resolution.DAY) {
        gap = Math.max(gap, s.resolution() == Resolution.WEEK ? WEEK_GAP_DAYS : MONTH_GAP_DAYS);
      }
    }
    return gap;
  }

  /** {@link #gapDays} for every scope. */
  public static Map<Scope, Integer> gaps(List<DetectionSpec> specs) {
    Map<Scope, Integer> out = new EnumMap<>(Scope.class);
    for (Scope scope : Scope.values()) {
      out.put(scope, gapDays(scope, specs));
    }
    return out;
  }

  /** Gaps as stored with a watch: "country=7;dyad=7;area=45" (scope keys, in scope order). */
  public static String formatGaps(Map<Scope, Integer> gaps) {
    return new TreeMap<>(gaps)
        .entrySet().stream()
            .map(e -> e.getKey().key() + "=" + e.getValue())
            .collect(Collectors.joining(";"));
  }

  /**
   * The gaps of {@link #formatGaps}'s text; scopes it does not name, or names with a value that is
   * not a whole number of days from 1 up, are left out (the caller falls back to the shipped
   * detectors' gap for them).
   */
  public static Map<Scope, Integer> parseGaps(String text) {
    Map<Scope, Integer> out = new EnumMap<>(Scope.class);
    if (text == null) {
      return out;
    }
    for (String part : text.split(";")) {
      String[] kv = part.split("=", 2);
      if (kv.length != 2 || !Scope.keys().contains(kv[0].trim())) {
        continue;
      }
      try {
        int days = Integer.parseInt(kv[1].trim());
        if (days >= 1) {
          out.put(Scope.parse(kv[0]), days);
        }
      } catch (NumberFormatException e) {
        // not a number of days: left out, and the shipped gap stands for that scope
      }
    }
    return out;
  }

  /** Groups alerts (any order) whose spans overlap or are at most {@code gapDays} apart. */
  public static List<List<AlertSummary>> group(List<AlertSummary> alerts, int gapDays) {
    List<AlertSummary> sorted = new ArrayList<>(alerts);
    sorted.sort(Comparator.comparing(AlertSummary::opened).thenComparing(AlertSummary::id));
    List<List<AlertSummary>> groups = new ArrayList<>();
    LocalDate reach = null;
    for (AlertSummary a : sorted) {
      LocalDate end = a.ongoing() ? LocalDate.MAX : a.lastDay();
      if (reach != null
          && (reach.equals(LocalDate.MAX) || !a.opened().isAfter(reach.plusDays(gapDays)))) {
        groups.get(groups.size() - 1).add(a);
        if (end.isAfter(reach)) {
          reach = end;
        }
      } else {
        List<AlertSummary> g = new ArrayList<>();
        g.add(a);
        groups.add(g);
        reach = end;
      }
    }
    return groups;
  }

  public static Draft summarise(Scope scope, String subject, List<AlertSummary> g) {
    // open while any alert is; protracted while the rest of its ongoing alerts are; else closed
    boolean current = g.stream().anyMatch(AlertSummary::open);
    boolean open = g.stream().anyMatch(AlertSummary::ongoing);
    String status = current ? "open" : open ? "protracted" : "closed";
    Level level =
        g.stream()
            .filter(a -> current ? a.open() : !open || a.ongoing())
            .map(a -> open ? a.level() : a.peakLevel())
            .max(Comparator.naturalOrder())
            .orElse(Level.WATCH);
    LocalDate opened = g.stream().map(AlertSummary::opened).min(Comparator.naturalOrder()).get();
    LocalDate updated = g.stream().map(AlertSummary::lastDay).max(Comparator.naturalOrder()).get();
    LocalDate closed =
        open ? null : g.stream().map(AlertSummary::closed).max(Comparator.naturalOrder()).get();
    Map<String, Double> shares = new LinkedHashMap<>();
    for (AlertSummary a : g) {
      a.threatShares().forEach((k, v) -> shares.merge(k, v / g.size(), Double::sum));
    }
    Map<String, Double> sortedShares = new LinkedHashMap<>();
    shares.entrySet().stream()
        .sorted((x, y) -> Double.compare(y.getValue(), x.getValue()))
        .forEach(e -> sortedShares.put(e.getKey(), Math.round(e.getValue() * 1000) / 1000.0));
    double maritime = g.stream().mapToDouble(AlertSummary::maritimeShare).average().orElse(0);
    double humanitarianShare =
        g.stream().mapToDouble(AlertSummary::humanitarianShare).max().orElse(0);
    boolean humanitarian =
        humanitarianShare >= 0.2 || g.stream().anyMatch(a -> a.indicator().equals("humanitarian"));
    List<String> themes = new ArrayList<>();
    for (AlertSummary a : g) {
      for (String t : a.themes()) {
        if (!themes.contains(t)) {
          themes.add(t);
        }
      }
    }
    String domain = scope == Scope.AREA || maritime >= 0.25 ? "maritime" : "land";
    String stage =
        !open
            ? "post-crisis"
            : switch (level) {
              case ALERT -> "crisis";
              case WARNING -> "emerging";
              default -> "latent";
            };
    List<String> types = org.amity.typology.ThreatProfile.reported(sortedShares);
    List<String> parties = Scope.involved(scope, subject);
    return new Draft(
        title(scope, subject, types, themes),
        level,
        status,
        opened,
        updated,
        closed,
        parties,
        sortedShares,
        domain,
        stage,
        greatPowerParty(parties, g),
        Math.round(
                1000 * g.stream().mapToDouble(AlertSummary::outsidePowerShare).average().orElse(0))
            / 1000.0,
        humanitarian,
        themes,
        g.stream().map(AlertSummary::id).toList());
  }

  /**
   * A great power is a party when one of the situation's parties is an outside great power by
   * default (China among the coastal states of the South China Sea) or when any of its alerts was
   * stored as such (the watch may be run with more great powers than the default).
   */
  static boolean greatPowerParty(List<String> parties, List<AlertSummary> g) {
    List<String> powers = CountryTable.standard().greatPowers();
    return parties.stream().anyMatch(powers::contains)
        || g.stream().anyMatch(AlertSummary::greatPowerParty);
  }

  static String title(Scope scope, String subject, List<String> types, List<String> themes) {
    String name =
        switch (scope) {
          case COUNTRY -> countryName(subject);
          case DYAD ->
              String.join(
                  " – ", Scope.parties(scope, subject).stream().map(SubjectName::country).toList());
          case AREA, THEATRE -> SubjectName.of(scope, subject);
          case REGION -> subject;
        };
    String what = types.isEmpty() ? "rising tension" : String.join(" and ", types) + " tension";
    return name + ": " + what + (themes.isEmpty() ? "" : " (" + String.join(", ", themes) + ")");
  }

  private static String countryName(String iso3) {
    return CountryTable.standard().findByIso3(iso3).map(c -> c.name()).orElse(iso3);
  }
}
