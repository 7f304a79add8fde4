package org.amity.signal;

import java.util.Map;

/**
 * What a lens's value and baseline are, in words, for every face that shows them beside each other
 * (the alerts' lists, the situation page and its chart, the situation report, the CLI). A share
 * lens ("Conflict's share of the news between the two countries, over seven days") is judged on a
 * share, but its value and baseline are counts (docs/signals.md, "Detection": the score is the
 * excess of the period's count over the usual share of the period's own volume): the value is the
 * count of the numerator in the period and the baseline the count that the usual share of that
 * period's volume would give (audit4 H7: "17 / 0.794" read as a share). A lens without a volume
 * counts against the window's mean count.
 *
 * @param value "conflict incidents in the seven days"
 * @param baseline "conflict incidents expected at the usual share of those seven days' news"
 * @param share whether the lens judges a share of a volume (its value and baseline still counts)
 */
public record ValueWords(String value, String baseline, boolean share) {

  /** The numerators in words, by the name the day table and the specs give them. */
  private static final Map<String, String> COUNTS =
      Map.ofEntries(
          Map.entry("events", "events"),
          Map.entry("incidents", "incidents"),
          Map.entry("conflict_incidents", "conflict incidents"),
          Map.entry("mc_incidents", "material-conflict incidents"),
          Map.entry("rebel_mc_incidents", "material-conflict incidents with rebels as a side"),
          Map.entry("coercion_incidents", "state-coercion incidents"),
          Map.entry("humanitarian_incidents", "humanitarian incidents"),
          Map.entry("kidnap_incidents", "abductions at sea"),
          Map.entry("pirate_incidents", "attacks by pirates"),
          Map.entry("fatalities", "people killed"),
          Map.entry("death_reports", "records that count the dead"),
          Map.entry("q3+q4", "conflict events (verbal and material)"),
          Map.entry("q1", "verbal cooperation events"),
          Map.entry("q2", "material cooperation events"),
          Map.entry("q3", "verbal conflict events"),
          Map.entry("q4", "material conflict events"));

  /** The volumes in words. */
  private static final Map<String, String> VOLUMES =
      Map.of("incidents", "news", "events", "events");

  private static final String[] NUMBERS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve"
  };

  /** "value: ...; baseline: ...". */
  public String caption() {
    return "value: " + value + "; baseline: " + baseline;
  }

  /** The words for a spec's value and baseline. */
  public static ValueWords of(DetectionSpec spec) {
    String count = count(spec);
    int k = Math.max(1, spec.rollingPeriods());
    String unit =
        switch (spec.resolution()) {
          case DAY -> "day";
          case WEEK -> "week";
          case MONTH -> "month";
        };
    String period = period(k, unit);
    String value = count + " in the " + period;
    if (spec.denominator() == null) {
      return new ValueWords(value, count + " expected from the trailing window's mean", false);
    }
    String volume = VOLUMES.getOrDefault(spec.denominator(), spec.denominator());
    String whose = k == 1 ? "that " + unit + "'s " : "those " + period + "' ";
    return new ValueWords(value, count + " expected at the usual share of " + whose + volume, true);
  }

  /**
   * A window of {@code k} periods of {@code unit} in words: "day", "seven days", "four weeks".
   * Whole weeks of days beyond the first are said as weeks (28 daily periods are "four weeks"), as
   * the lenses' names say them ("over four weeks"), so that a lens summing 28 days and one summing
   * four weeks are worded alike (audit6 J12); a single week of days stays "seven days", as the
   * seven-day lenses are named.
   */
  static String period(int k, String unit) {
    if (k == 1) {
      return unit;
    }
    if ("day".equals(unit) && k > 7 && k % 7 == 0) {
      return number(k / 7) + " weeks";
    }
    return number(k) + " " + unit + "s";
  }

  private static String count(DetectionSpec spec) {
    if (spec.scope() == Scope.AREA && "mc_incidents".equals(spec.numerator())) {
      return "attacks at sea";
    }
    return COUNTS.getOrDefault(spec.numerator(), spec.numerator());
  }

  private static String number(int k) {
    return k < NUMBERS.length ? NUMBERS[k] : Integer.toString(k);
  }
}
