package org.amity.typology;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amity.event.Event;

/**
 * The shares of a body of evidence behind each threat type. Each classified event weighs its report
 * count, split evenly over its types; unclassified events do not count.
 *
 * @param shares share per type (summing to 1 over the types present), largest first
 * @param classified how many events carried at least one type
 * @param total how many events were looked at
 */
public record ThreatProfile(Map<ThreatType, Double> shares, int classified, int total) {

  /** Types whose share is at least this are reported as the alert's types. */
  public static final double REPORT_THRESHOLD = 0.2;

  public static final ThreatProfile EMPTY = new ThreatProfile(Map.of(), 0, 0);

  /** A weighted event: the event and how many news reports it stands for. */
  public record Weighted(Event event, double weight) {}

  public static ThreatProfile of(Collection<Weighted> evidence, ThreatTypeClassifier classifier) {
    Map<ThreatType, Double> sum = new EnumMap<>(ThreatType.class);
    double total = 0;
    int classified = 0;
    for (Weighted w : evidence) {
      Set<ThreatType> types = classifier.classify(w.event());
      if (types.isEmpty()) {
        continue;
      }
      classified++;
      for (ThreatType t : types) {
        sum.merge(t, w.weight() / types.size(), Double::sum);
      }
      total += w.weight();
    }
    Map<ThreatType, Double> shares = new LinkedHashMap<>();
    double t = total;
    sum.entrySet().stream()
        .sorted((x, y) -> Double.compare(y.getValue(), x.getValue()))
        .forEach(e -> shares.put(e.getKey(), Math.round(1000 * e.getValue() / t) / 1000.0));
    return new ThreatProfile(shares, classified, evidence.size());
  }

  /** The types with at least {@link #REPORT_THRESHOLD} of the evidence, largest share first. */
  public List<ThreatType> types() {
    return shares.entrySet().stream()
        .filter(e -> e.getValue() >= REPORT_THRESHOLD)
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * The type keys with at least {@link #REPORT_THRESHOLD} of the evidence, largest share first
   * (ties in the map's order): what an alert or situation reports from stored shares.
   */
  public static List<String> reported(Map<String, Double> shares) {
    return shares.entrySet().stream()
        .filter(e -> e.getValue() >= REPORT_THRESHOLD)
        .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Shares keyed by the JSON names ("inter-state": 0.7, ...). */
  public Map<String, Double> byKey() {
    Map<String, Double> out = new LinkedHashMap<>();
    shares.forEach((k, v) -> out.put(k.key(), v));
    return out;
  }
}
