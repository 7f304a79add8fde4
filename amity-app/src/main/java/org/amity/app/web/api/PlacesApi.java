package org.amity.app.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.auth.Role;
import org.amity.event.Event;
import org.amity.event.EventWords;
import org.amity.event.Location;
import org.amity.event.SeaArea;
import org.amity.signal.Scope;
import org.amity.signal.SignalReader;
import org.amity.signal.Situation;
import org.amity.store.EventQuery;
import org.amity.store.EventStore;

/**
 * Where things happened: the sea areas Amity watches, as GeoJSON, and the located conflict events
 * of a situation (CAMEO quad classes 3 and 4: verbal and material conflict) with what happened and
 * who did it in words, for the maps of the overview and the situation page.
 *
 * <p>A situation's events are those of its subject: a country's (as actor or place), a dyad's (one
 * party acting on the other, either way), a sea area's (those its series counts: the sea area
 * stored with the event, an incident report's by its position, a news event's by its place name;
 * not every event whose coordinates fall in the polygon, which would put coastal towns at sea). The
 * window starts 30 days before the situation opened and ends when it closed or was last updated, at
 * most {@link #MAX_DAYS} days: a longer situation is mapped over its rise, the first {@link
 * #MAX_DAYS} days, and the answer says when it ran to (audit5 I5: ending the window at the close
 * drew only the months after a Straits alert had become protracted, and none of a Mindanao
 * situation's first seven months). The newest {@link #MAX_POINTS} are returned with the count of
 * all that matched and of those without coordinates. A point at sea whose record names no place is
 * named by its sea area (audit5 I9: the ASAM record the twin merge kept names none where its IMB
 * twin did).
 */
public final class PlacesApi {
  static final int MAX_DAYS = 184;
  static final int MAX_POINTS = 500;

  private final SignalReader signals;
  private final EventStore events;
  private final ReadCache cache;

  public PlacesApi(SignalReader signals, EventStore events, ReadCache cache) {
    this.signals = signals;
    this.events = events;
    this.cache = cache;
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/sea-areas", this::seaAreas, Role.VIEWER);
    r.get("/api/v1/situations/{id}/places", this::places, Role.VIEWER);
  }

  /** The watched sea areas as a GeoJSON FeatureCollection (longitude, latitude order). */
  void seaAreas(Context ctx) {
    Params.only(ctx);
    List<Object> features = new ArrayList<>();
    for (SeaArea a : SeaArea.values()) {
      List<List<Double>> ring = new ArrayList<>();
      for (double[] v : a.polygon()) {
        ring.add(List.of(v[1], v[0]));
      }
      ring.add(ring.get(0));
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("id", a.name());
      props.put("name", a.label());
      props.put("coastalStates", a.coastalStates());
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("type", "Feature");
      f.put("properties", props);
      f.put("geometry", Map.of("type", "Polygon", "coordinates", List.of(ring)));
      features.add(f);
    }
    ctx.json(Map.of("type", "FeatureCollection", "features", features));
  }

  void places(Context ctx) {
    Params.only(ctx);
    long id = Params.id(ctx, "id");
    Situation s =
        signals.situation(id).orElseThrow(() -> ApiProblem.notFound("no situation " + id));
    cache.json(ctx, () -> places(s));
  }

  private Map<String, Object> places(Situation s) {
    LocalDate end = s.closed() != null ? s.closed() : s.updated();
    LocalDate[] window = window(s.opened(), end);
    LocalDate from = window[0];
    LocalDate to = window[1];
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("situation", s.id());
    out.put("from", from);
    out.put("to", to);
    if (to.isBefore(end)) {
      out.put(
          "window",
          "its rise: the first "
              + MAX_DAYS
              + " days from 30 days before it opened; it ran to "
              + end);
    }
    out.put("kind", "conflict events (verbal and material), newest first");
    Optional<Selection> sel = selection(s);
    if (sel.isEmpty()) {
      out.put("matched", 0);
      out.put("withoutCoordinates", 0);
      out.put("points", List.of());
      out.put("note", "a " + s.scope().key() + " situation has no single place to map");
      return out;
    }
    Deque<Event> newest = new ArrayDeque<>();
    long[] counts = new long[2];
    Predicate<Event> keep = sel.get().keep();
    events.forEachEvent(
        new EventQuery(sel.get().country(), from, to, null, 0, 0),
        e -> {
          int quad = e.quadClass() == null ? 0 : e.quadClass().number();
          if (quad < 3 || !keep.test(e)) {
            return;
          }
          counts[0]++;
          if (!e.action().hasCoordinates()) {
            counts[1]++;
            return;
          }
          newest.addLast(e);
          if (newest.size() > MAX_POINTS) {
            newest.removeFirst();
          }
        });
    EventWords words = EventWords.standard();
    List<Map<String, Object>> points = new ArrayList<>();
    newest.descendingIterator().forEachRemaining(e -> points.add(point(e, words)));
    out.put("matched", counts[0]);
    out.put("withoutCoordinates", counts[1]);
    out.put("points", points);
    return out;
  }

  private record Selection(String country, Predicate<Event> keep) {}

  private static Optional<Selection> selection(Situation s) {
    Scope scope = s.scope();
    String subject = s.subject();
    if (scope == Scope.COUNTRY) {
      return Optional.of(new Selection(subject, e -> true));
    }
    if (scope == Scope.DYAD) {
      String[] p = subject.split("[->]");
      if (p.length != 2) {
        return Optional.empty();
      }
      return Optional.of(
          new Selection(
              p[0],
              e ->
                  (p[0].equals(e.source().country()) && p[1].equals(e.target().country()))
                      || (p[1].equals(e.source().country()) && p[0].equals(e.target().country()))));
    }
    if (scope == Scope.AREA) {
      return SeaArea.parse(subject).map(a -> new Selection(null, e -> inArea(a, e.action())));
    }
    if (scope == Scope.THEATRE) {
      // the area's events: those whose action place is one of its divisions (the series' rule)
      return org.amity.event.ConflictArea.parse(subject)
          .map(
              a ->
                  new Selection(
                      a.country(),
                      e ->
                          org.amity.event.ConflictArea.of(e.action())
                              .filter(a::equals)
                              .isPresent()));
    }
    return Optional.empty();
  }

  /**
   * Whether an event placed at {@code at} is one of the sea area's events: the area stored with it
   * at ingest, the one its series and evidence count it in (an incident report's position, a news
   * event's place name). A protest in Manado or Batam lies inside a polygon but happened on land;
   * an incident report that names the Strait of Malacca but gives a position in the Java Sea was
   * not counted there.
   */
  static boolean inArea(SeaArea a, Location at) {
    return at.seaArea() != null && SeaArea.parse(at.seaArea()).filter(a::equals).isPresent();
  }

  /**
   * The days mapped for a situation that opened on {@code opened} and ran to {@code end}: from 30
   * days before it opened, at most {@link #MAX_DAYS} days.
   */
  static LocalDate[] window(LocalDate opened, LocalDate end) {
    LocalDate from = opened.minusDays(30);
    LocalDate to = end.isAfter(from.plusDays(MAX_DAYS - 1L)) ? from.plusDays(MAX_DAYS - 1L) : end;
    return new LocalDate[] {from, to};
  }

  /** The place's name, or for a point at sea that names none, its sea area's; else null. */
  static String placeName(Location at) {
    if (at.name() != null && !at.name().isBlank()) {
      return at.name();
    }
    return at.seaArea() == null
        ? null
        : SeaArea.parse(at.seaArea()).map(SeaArea::label).orElse(null);
  }

  private static Map<String, Object> point(Event e, EventWords words) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", e.eventDate());
    // a record dated by a range of days (UCDP GED): its last day, else null
    m.put(
        "dateEnd",
        e.fatalities() != null && e.fatalities().ranged(e.eventDate())
            ? e.fatalities().lastDay()
            : null);
    m.put("lat", e.action().latitude());
    m.put("lon", e.action().longitude());
    m.put("place", placeName(e.action()));
    m.put("centroidOnly", e.action().centroidOnly());
    m.put("what", words.description(e.code().code()));
    m.put("code", e.code().code());
    m.put("sourceName", words.actor(e.source().code(), e.source().name(), e.dataset()));
    m.put("targetName", words.actor(e.target().code(), e.target().name(), e.dataset()));
    m.put("quadClass", e.quadClass().number());
    m.put("goldstein", e.goldstein());
    m.put("dataset", e.dataset());
    m.put("url", e.sourceUrl());
    return m;
  }
}
