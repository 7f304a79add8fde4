package org.amity.response.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Amity's knowledge of preventive diplomacy in Southeast Asia: instruments, measure types, norms,
 * the eight ARF principles, situation themes, and the sources behind every fact. Loaded from the
 * YAML files under {@code org/amity/response/} and validated before use ({@link
 * KnowledgeBaseLoader}); immutable.
 */
public final class KnowledgeBase {
  /** Forces an instrument may bind and a situation may name. */
  public static final Set<String> FORCES =
      Set.of("navy", "coast-guard", "air-force", "army", "police", "maritime-militia");

  private final Map<String, Source> sources;
  private final Map<String, Instrument> instruments;
  private final Map<String, MeasureType> measures;
  private final List<Norm> norms;
  private final List<Principle> principles;
  private final Map<String, Theme> themes;
  private final Integer year;

  KnowledgeBase(
      Map<String, Source> sources,
      Map<String, Instrument> instruments,
      Map<String, MeasureType> measures,
      List<Norm> norms,
      List<Principle> principles,
      Map<String, Theme> themes) {
    this(sources, instruments, measures, norms, principles, themes, null);
  }

  private KnowledgeBase(
      Map<String, Source> sources,
      Map<String, Instrument> instruments,
      Map<String, MeasureType> measures,
      List<Norm> norms,
      List<Principle> principles,
      Map<String, Theme> themes,
      Integer year) {
    this.year = year;
    this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    this.instruments = Collections.unmodifiableMap(new LinkedHashMap<>(instruments));
    this.measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    this.norms = List.copyOf(norms);
    this.principles = List.copyOf(principles);
    this.themes = Collections.unmodifiableMap(new LinkedHashMap<>(themes));
  }

  /** The knowledge base shipped with Amity (validated; loaded once). */
  public static KnowledgeBase standard() {
    return KnowledgeBaseLoader.standard();
  }

  /**
   * The knowledge base as it stood in {@code year}: only instruments and offers that existed then,
   * and only the members that had joined by then. Used to replay documented cases without
   * hindsight. Readiness stays as recorded today.
   */
  public KnowledgeBase asOf(int year) {
    Map<String, Instrument> then = new LinkedHashMap<>();
    for (Instrument i : instruments.values()) {
      if (i.since() > year) {
        continue;
      }
      List<Offer> offers = new ArrayList<>();
      for (Offer o : i.offers()) {
        if (i.sinceOf(o) <= year) {
          offers.add(o);
        }
      }
      then.put(
          i.id(),
          new Instrument(
              i.id(),
              i.name(),
              i.kind(),
              i.since(),
              i.members().stream()
                  .filter(m -> i.memberIn(m, year))
                  .collect(Collectors.toUnmodifiableSet()),
              i.joined(),
              i.openToAll(),
              i.otherMembers(),
              i.forces(),
              i.lead(),
              i.functions(),
              i.threatTypes(),
              i.geography(),
              i.sectors(),
              i.mandate(),
              i.consent(),
              i.binding(),
              i.readiness(),
              offers,
              i.sources(),
              i.confidence(),
              i.notes(),
              i.waters()));
    }
    return new KnowledgeBase(sources, then, measures, norms, principles, themes, year);
  }

  /**
   * The year this knowledge base stands as of ({@link #asOf}), empty for the knowledge base as
   * recorded today. Recommendations say which one their options were drawn from.
   */
  public java.util.OptionalInt year() {
    return year == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(year);
  }

  public Collection<Instrument> listInstruments() {
    return instruments.values();
  }

  public Collection<MeasureType> listMeasures() {
    return measures.values();
  }

  public List<Norm> listNorms() {
    return norms;
  }

  public List<Principle> listPrinciples() {
    return principles;
  }

  public Collection<Theme> listThemes() {
    return themes.values();
  }

  public Collection<Source> listSources() {
    return sources.values();
  }

  public Optional<Instrument> findInstrument(String id) {
    return Optional.ofNullable(instruments.get(id));
  }

  public Instrument getInstrument(String id) {
    return findInstrument(id)
        .orElseThrow(() -> new IllegalArgumentException("unknown instrument: " + id));
  }

  public Optional<MeasureType> findMeasure(String id) {
    return Optional.ofNullable(measures.get(id));
  }

  public MeasureType getMeasure(String id) {
    return findMeasure(id)
        .orElseThrow(() -> new IllegalArgumentException("unknown measure type: " + id));
  }

  public Optional<Theme> findTheme(String id) {
    return Optional.ofNullable(themes.get(id));
  }

  public Optional<Source> findSource(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  public Optional<Norm> findNorm(String id) {
    return norms.stream().filter(n -> n.id().equals(id)).findFirst();
  }

  public Optional<Principle> findPrinciple(String id) {
    return principles.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
