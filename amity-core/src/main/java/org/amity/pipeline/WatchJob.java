package org.amity.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.amity.event.CountryTable;
import org.amity.ingest.series.SeriesMeta;
import org.amity.signal.AlertBuilder;
import org.amity.signal.AlertDraft;
import org.amity.signal.DetectedAlert;
import org.amity.signal.DetectionSpec;
import org.amity.signal.DetectorConfig;
import org.amity.signal.EvidenceDescription;
import org.amity.signal.EvidencePool;
import org.amity.signal.PooledLens;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;
import org.amity.signal.SeriesScores;
import org.amity.signal.daily.DetectorInput;
import org.amity.signal.daily.EventClass;
import org.amity.signal.daily.PartyTraffic;
import org.amity.signal.daily.SeriesDetection;
import org.amity.typology.ThreatProfile;
import org.amity.typology.ThreatTypeClassifier;

/**
 * {@code amity watch}: brings indicators, alerts and situations up to date with what is stored.
 * Incremental: only the days touched by ingests since the last watch are recomputed, and only the
 * series of subjects with new data are scored again (from their start, so a result never depends on
 * how the data arrived). Runs in one transaction.
 */
public final class WatchJob {
  /** Evidence items kept per alert; the pool behind typology and themes is larger. */
  public static final int EVIDENCE_SHOWN = 10;

  /** Incidents in the pool an alert's typology, themes and shares are read from. */
  public static final int POOL_SIZE = 200;

  /** What a watch did. */
  public record Report(
      boolean full,
      long newIngests,
      long affectedDays,
      int seriesScored,
      int alertsFound,
      int openAlerts,
      int openSituations,
      double seconds,
      boolean redescribed) {}

  /**
   * Who counts as an outside great power, which countries get series, and which are watched for
   * alerts: Amity watches Southeast Asia, so countries get alerts only if they are in {@code
   * region}, and dyads only if at least one side is (a China-United States dyad is followed only
   * through its dyads with the region).
   */
  public record Options(Set<String> greatPowers, Set<String> watchSet, Set<String> region) {
    /**
     * ASEAN members (the region) and the default great powers (United States, China, Russia, Japan,
     * India, Australia, and the European Union as "EU").
     */
    public static Options standard() {
      CountryTable t = CountryTable.standard();
      Set<String> gp = new TreeSet<>(t.greatPowers());
      gp.add("EU");
      Set<String> watch = new TreeSet<>(t.aseanMembers());
      watch.addAll(t.greatPowers());
      return new Options(gp, watch, t.aseanMembers());
    }

    /** Whether alerts are raised on this subject. */
    public boolean alertsOn(Scope scope, String subject) {
      return switch (scope) {
        case COUNTRY -> region.contains(subject);
        case DYAD -> Scope.parties(scope, subject).stream().anyMatch(region::contains);
        default -> true;
      };
    }
  }

  private final WatchStore store;
  private final DetectorConfig config;
  private final Options options;
  private final ThreatTypeClassifier classifier = new ThreatTypeClassifier();

  /** Whether this watch describes every alert again (see {@link #descriptionRules}). */
  private boolean redescribe;

  private java.util.function.BiConsumer<Integer, Integer> progress = (done, total) -> {};
  private int stepsDone;
  private long started;

  /**
   * Tells {@code progress} (steps done, steps in all) as the watch advances: marking the affected
   * days, the indicators, each detector, the evidence and the situations.
   */
  public WatchJob withProgress(java.util.function.BiConsumer<Integer, Integer> progress) {
    this.progress = progress;
    return this;
  }

  private void advance() {
    progress.accept(++stepsDone, config.specs().size() + 4);
  }

  public WatchJob(WatchStore store, DetectorConfig config, Options options) {
    this.store = store;
    this.config = config;
    this.options = options;
  }

  public Report run(boolean full) {
    long t0 = System.nanoTime();
    started = t0;
    return store.inTransaction(
        () -> {
          long since = full ? 0 : store.watchedIngestId();
          if (since > 0 && config.theatres() && !store.theatresWatched()) {
            // watched before the conflict areas were on: none of their past days are built, so
            // this watch builds every day once, as a first watch does
            since = 0;
          }
          long max = store.maxIngestId();
          boolean imports = full || store.importsSince(since);
          // alerts described by other rules (an earlier version's evidence classes, typology or
          // great powers) are described again, every one, though their numbers did not move
          String rules = descriptionRules();
          redescribe = !rules.equals(store.describedWith()) && !store.alertSignatures().isEmpty();
          if (!full && since >= max && !imports && !redescribe) {
            return report(full, 0, 0, 0, 0, t0);
          }
          stepsDone = 0;
          long days = store.markAffectedDays(since);
          step("affected days", t0);
          advance();
          store.rebuildIndicators(options.watchSet(), config.theatres(), full || since == 0);
          step("indicators", t0);
          advance();
          Set<String> stored = store.storedKeys();
          Map<Scope, Set<String>> touchedByScope = new java.util.EnumMap<>(Scope.class);
          List<Pending> pending = new ArrayList<>();
          Set<String> touched = new LinkedHashSet<>();
          int scored = 0;
          long loading = 0;
          Set<String> pooledLenses = config.pooledLenses();
          Map<String, Map<String, SeriesScores>> lensScores = new java.util.HashMap<>();
          for (DetectionSpec spec : config.specs()) {
            boolean fromEvents = config.source(spec).equals("events");
            advance();
            if (!fromEvents && !imports && !redescribe) {
              continue;
            }
            Set<String> subjects =
                full || since == 0 || !fromEvents || redescribe
                    ? null
                    : touchedByScope.computeIfAbsent(spec.scope(), this::touched);
            long loadStart = System.nanoTime();
            var series = store.load(spec, config.source(spec), subjects);
            loading += System.nanoTime() - loadStart;
            // scoring is pure computation over each subject's arrays: spread it over the cores
            Map<String, List<DetectedAlert>> foundBySubject =
                new java.util.concurrent.ConcurrentHashMap<>();
            // the pooled lenses' scores of this spec: made here, on one thread (the map of maps
            // is not safe to grow from the scoring threads)
            Map<String, SeriesScores> kept =
                pooledLenses.contains(spec.name())
                    ? lensScores.computeIfAbsent(
                        spec.name(), k -> new java.util.concurrent.ConcurrentHashMap<>())
                    : null;
            series.entrySet().parallelStream()
                .forEach(
                    e -> {
                      SeriesScores scores = scores(spec, e.getKey(), e.getValue());
                      if (scores == null) {
                        return;
                      }
                      foundBySubject.put(e.getKey(), AlertBuilder.alerts(spec, e.getKey(), scores));
                      if (kept != null) {
                        kept.put(e.getKey(), scores);
                      }
                    });
            scored += foundBySubject.size();
            for (String subject : series.keySet()) {
              String subjectKey = spec.scope().key() + "|" + subject;
              List<DetectedAlert> found = foundBySubject.getOrDefault(subject, List.of());
              if (!found.isEmpty() || stored.contains(seriesKey(spec, subject))) {
                pending.add(new Pending(spec, subject, found));
              }
              if (!found.isEmpty() || stored.contains(subjectKey)) {
                touched.add(subjectKey);
              }
            }
          }
          boolean incremental = !(full || since == 0 || redescribe);
          for (PooledLens pool : config.pools()) {
            scored +=
                pooled(
                    pool,
                    lensScores,
                    incremental ? touchedByScope.computeIfAbsent(Scope.AREA, this::touched) : null,
                    incremental ? touchedByScope.computeIfAbsent(Scope.DYAD, this::touched) : null,
                    stored,
                    pending,
                    touched);
          }
          store.releaseSeries();
          if (full || since == 0) {
            withdrawUnseen(stored, pending, touched);
          }
          step("detection", t0);
          if (DEBUG) {
            System.err.printf(
                Locale.ROOT, "watch:   of which reading series %.3f s%n", loading / 1e9);
          }
          Stored result = enrichAndStore(pending);
          int alerts = result.alerts();
          // a subject whose every series came out exactly as stored keeps its situations as they
          // are
          touched.removeAll(result.unchangedSubjects());
          touched.addAll(store.withdrawOtherIndicators(config.indicators()));
          step("evidence and alerts", t0);
          advance();
          for (String key : touched) {
            String[] p = key.split("\\|", 2);
            Scope scope = Scope.parse(p[0]);
            store.regroup(scope, p[1], gapDays(scope, p[1]));
          }
          step("situations", t0);
          advance();
          store.setWatchedIngestId(max);
          store.setTheatresWatched(config.theatres());
          store.setGroupingGaps(org.amity.signal.SituationGrouper.gaps(config.specs()));
          store.setDescribedWith(rules);
          return report(full, max - since, days, scored, alerts, t0);
        });
  }

  /**
   * Groups every stored alert into situations again, with the same rule as a watch uses for the
   * subjects it touched: for alerts that came from elsewhere (the Flink job's output), which need
   * situations but no detection. Returns how many subjects were grouped.
   */
  public int regroupAll() {
    return store.inTransaction(
        () -> {
          int subjects = 0;
          for (String key : new java.util.TreeSet<>(store.storedKeys())) {
            String[] p = key.split("\\|");
            if (p.length == 2) {
              Scope scope = Scope.parse(p[0]);
              store.regroup(scope, p[1], gapDays(scope, p[1]));
              subjects++;
            }
          }
          store.setGroupingGaps(org.amity.signal.SituationGrouper.gaps(config.specs()));
          return subjects;
        });
  }

  /**
   * A series' alerts to store.
   *
   * @param dyads for a pooled lens, per alert the dyads that carried it (their events are evidence
   *     too); null otherwise
   */
  private record Pending(
      DetectionSpec spec, String subject, List<DetectedAlert> alerts, List<List<String>> dyads) {
    Pending(DetectionSpec spec, String subject, List<DetectedAlert> alerts) {
      this(spec, subject, alerts, null);
    }
  }

  /**
   * A pooled lens's alerts ({@link PooledLens}): on a full watch from the two lenses' scores the
   * spec loop kept; on an incremental one for every sea area touched, or bordered by both parties
   * of a touched dyad, with every coastal dyad of those areas, loading and scoring what the spec
   * loop did not (a pooled reading needs both sides whichever side changed). Returns the series
   * scored.
   *
   * @param areas touched sea areas, or null on a full watch
   * @param dyads touched dyads, or null on a full watch
   */
  private int pooled(
      PooledLens pool,
      Map<String, Map<String, SeriesScores>> lensScores,
      Set<String> areas,
      Set<String> dyads,
      Set<String> stored,
      List<Pending> pending,
      Set<String> touched) {
    DetectionSpec areaSpec = config.spec(pool.areaLens()).orElseThrow();
    DetectionSpec dyadSpec = config.spec(pool.dyadLens()).orElseThrow();
    DetectionSpec spec = pool.spec(areaSpec);
    Map<String, SeriesScores> areaScores =
        new java.util.TreeMap<>(lensScores.getOrDefault(areaSpec.name(), Map.of()));
    Map<String, SeriesScores> dyadScores =
        new java.util.TreeMap<>(lensScores.getOrDefault(dyadSpec.name(), Map.of()));
    int scored = 0;
    if (areas != null) {
      Set<String> wanted = new TreeSet<>(areas);
      for (String d : dyads) {
        wanted.addAll(PooledLens.areasOf(d));
      }
      areaScores.keySet().retainAll(wanted);
      Set<String> missing = new TreeSet<>(wanted);
      missing.removeAll(areaScores.keySet());
      scored += scoreInto(areaSpec, missing, areaScores);
      Set<String> coastal = new TreeSet<>();
      for (String a : areaScores.keySet()) {
        coastal.addAll(PooledLens.coastalPairs(a));
      }
      coastal.removeAll(dyadScores.keySet());
      scored += scoreInto(dyadSpec, coastal, dyadScores);
    }
    Map<String, List<PooledLens.Found>> found = pool.alerts(spec, areaScores, dyadScores);
    // a full watch revisits every stored series of the lens; an incremental one the areas it read
    found.forEach(
        (area, list) -> {
          List<DetectedAlert> alerts = list.stream().map(PooledLens.Found::alert).toList();
          String subjectKey = spec.scope().key() + "|" + area;
          if (!alerts.isEmpty() || stored.contains(seriesKey(spec, area))) {
            pending.add(
                new Pending(
                    spec, area, alerts, list.stream().map(PooledLens.Found::dyads).toList()));
          }
          if (!alerts.isEmpty() || stored.contains(subjectKey)) {
            touched.add(subjectKey);
          }
        });
    return scored;
  }

  /** Loads and scores {@code subjects} under {@code spec} (those it watches) into {@code out}. */
  private int scoreInto(DetectionSpec spec, Set<String> subjects, Map<String, SeriesScores> out) {
    if (subjects.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (var e : store.load(spec, config.source(spec), subjects).entrySet()) {
      SeriesScores s = scores(spec, e.getKey(), e.getValue());
      if (s != null) {
        out.put(e.getKey(), s);
        n++;
      }
    }
    return n;
  }

  /** A stored series scored as every engine scores it ({@link SeriesDetection#scores}). */
  private SeriesScores scores(DetectionSpec spec, String subject, DetectorInput s) {
    return SeriesDetection.scores(spec, subject, s, options.alertsOn(spec.scope(), subject));
  }

  /** Subjects of a scope with events on the affected days. */
  private Set<String> touched(Scope scope) {
    return store.touchedSubjects(scope, Resolution.DAY);
  }

  /**
   * On a full watch, a stored alert series that no series supports any more (its subject left the
   * watch set or the store's coverage) gets an empty reconciliation, which withdraws it.
   */
  private void withdrawUnseen(Set<String> stored, List<Pending> pending, Set<String> touched) {
    Set<String> seen = new java.util.HashSet<>();
    for (Pending p : pending) {
      seen.add(seriesKey(p.spec(), p.subject()));
    }
    List<DetectionSpec> specs = new ArrayList<>(config.specs());
    config.pools().forEach(p -> specs.add(config.alertSpec(p.name()).orElseThrow()));
    for (DetectionSpec spec : specs) {
      String suffix = "|" + spec.name() + "|" + spec.resolution().key();
      String prefix = spec.scope().key() + "|";
      for (String key : stored) {
        if (key.startsWith(prefix) && key.endsWith(suffix) && !seen.contains(key)) {
          String subject = key.substring(prefix.length(), key.length() - suffix.length());
          pending.add(new Pending(spec, subject, List.of()));
          touched.add(prefix + subject);
        }
      }
    }
  }

  private static String seriesKey(DetectionSpec spec, String subject) {
    return spec.scope().key() + "|" + subject + "|" + spec.name() + "|" + spec.resolution().key();
  }

  /**
   * What storing found: how many alerts, and the (scope|subject) keys on which nothing changed (the
   * same alerts with the same numbers as stored, none withdrawn).
   */
  private record Stored(int alerts, Set<String> unchangedSubjects) {}

  /** Finds evidence, types and great-power involvement for every alert at once, then stores. */
  private Stored enrichAndStore(List<Pending> pending) {
    List<WatchStore.EvidenceWindow> windows = new ArrayList<>();
    List<WatchStore.PartyWindow> parties = new ArrayList<>();
    List<DetectedAlert> all = new ArrayList<>();
    Map<String, String> stored = store.alertSignatures();
    // subjects of imported series with a declaration are always re-described: a declaration made
    // after the last watch must reach alerts whose numbers did not change
    Map<String, SeriesMeta> declared = store.declaredMeta();
    Map<String, Integer> storedPerSeries = new java.util.HashMap<>();
    for (String id : stored.keySet()) {
      storedPerSeries.merge(id.substring(0, id.lastIndexOf('|')), 1, Integer::sum);
    }
    java.util.Set<Integer> unchanged = new java.util.HashSet<>();
    Set<String> pendingSubjects = new java.util.HashSet<>();
    Set<String> changedSubjects = new java.util.HashSet<>();
    List<Boolean> noOp = new ArrayList<>();
    for (Pending p : pending) {
      String series =
          p.spec().name()
              + "|"
              + p.spec().scope().key()
              + "|"
              + p.subject()
              + "|"
              + p.spec().resolution().key();
      int before = unchanged.size();
      for (int ai = 0; ai < p.alerts().size(); ai++) {
        DetectedAlert a = p.alerts().get(ai);
        int key = all.size();
        all.add(a);
        String id = series + "|" + a.opened();
        String now = AlertDraft.signature(a);
        if (!redescribe
            && now.equals(stored.get(id))
            && !declared.containsKey(p.spec().scope().key() + "|" + p.subject())) {
          unchanged.add(key);
          continue;
        }
        windows.add(
            new WatchStore.EvidenceWindow(
                key,
                a.scope(),
                a.subject(),
                firstDay(p.spec(), a),
                a.lastDay(),
                eventClass(p.spec())));
        List<String> ps = Scope.parties(a.scope(), a.subject());
        if (!ps.isEmpty()) {
          parties.add(new WatchStore.PartyWindow(key, ps, firstDay(p.spec(), a), a.lastDay()));
        }
        List<String> carriers = p.dyads() == null ? List.of() : p.dyads().get(ai);
        for (int j = 0; j < Math.min(carriers.size(), CARRIERS_READ); j++) {
          // a pooled alert's evidence is the sea area's and its carrying dyads' conflict events
          windows.add(
              new WatchStore.EvidenceWindow(
                  carrierKey(key, j),
                  Scope.DYAD,
                  carriers.get(j),
                  firstDay(p.spec(), a),
                  a.lastDay(),
                  EventClass.CONFLICT.name()));
        }
      }
      boolean same =
          unchanged.size() - before == p.alerts().size()
              && storedPerSeries.getOrDefault(series, 0) == p.alerts().size();
      noOp.add(same);
      String subjectKey = p.spec().scope().key() + "|" + p.subject();
      pendingSubjects.add(subjectKey);
      if (!same) {
        changedSubjects.add(subjectKey);
      }
    }
    store.prepareEvidence(windows, parties);
    Map<Integer, List<EvidencePool.Item>> pools = store.evidencePools(windows, POOL_SIZE);
    step("evidence pools", started);
    Map<Integer, long[]> gp = store.greatPowerCounts(parties, options.greatPowers());
    step("great-power shares", started);
    int key = 0;
    List<WatchStore.SeriesAlerts> toStore = new ArrayList<>();
    for (int i = 0; i < pending.size(); i++) {
      Pending p = pending.get(i);
      if (noOp.get(i)) {
        key += p.alerts().size();
        continue;
      }
      List<AlertDraft> drafts = new ArrayList<>();
      for (DetectedAlert a : p.alerts()) {
        if (unchanged.contains(key)) {
          key++;
          drafts.add(AlertDraft.keep(a));
          continue;
        }
        EvidencePool pool = new EvidencePool(pool(pools, key));
        long[] counts = gp.getOrDefault(key, new long[] {0, 0});
        key++;
        List<String> ps = Scope.involved(a.scope(), a.subject());
        boolean gpParty = ps.stream().anyMatch(options.greatPowers()::contains);
        EvidenceDescription described =
            EvidenceDescription.of(pool, a.scope(), a.subject(), options.greatPowers(), classifier);
        double share = described.outsideShare(a.scope(), PartyTraffic.outsideShare(counts));
        ThreatProfile profile = described.profile();
        List<String> themes = described.themes();
        double maritime = described.maritimeShare();
        SeriesMeta meta = declared.get(a.scope().key() + "|" + a.subject());
        if (pool.items().isEmpty() && meta != null) {
          // an imported aggregate has no events to read these from: the import's declaration
          // says what the whole series is about
          themes = meta.themes();
          if (meta.domain() != null) {
            maritime = meta.domain().equals("maritime") ? 1 : 0;
          }
        }
        drafts.add(
            new AlertDraft(
                a,
                profile,
                pool.top(EVIDENCE_SHOWN),
                gpParty,
                share,
                themes,
                maritime,
                described.humanitarianShare(),
                false));
      }
      toStore.add(
          new WatchStore.SeriesAlerts(
              p.spec().name(), p.spec().scope(), p.subject(), p.spec().resolution(), drafts));
    }
    store.reconcile(toStore);
    pendingSubjects.removeAll(changedSubjects);
    return new Stored(all.size(), pendingSubjects);
  }

  /** The carrying dyads of a pooled alert whose events are read as its evidence, at most. */
  public static final int CARRIERS_READ = 4;

  /** The key of a pooled alert's j-th carrying dyad's evidence window (negative: no alert's). */
  private static int carrierKey(int key, int j) {
    return -1 - (key * CARRIERS_READ + j);
  }

  /**
   * An alert's evidence: its own window's incidents, with those of its carrying dyads' windows (a
   * pooled alert's) merged in by {@link EvidencePool#merged}, at most {@link #POOL_SIZE}.
   */
  private static List<EvidencePool.Item> pool(
      Map<Integer, List<EvidencePool.Item>> pools, int key) {
    List<EvidencePool.Item> own = pools.getOrDefault(key, List.of());
    if (!pools.containsKey(carrierKey(key, 0))) {
      return own;
    }
    List<List<EvidencePool.Item>> sides = new ArrayList<>();
    sides.add(own);
    for (int j = 0; j < CARRIERS_READ; j++) {
      sides.add(pools.getOrDefault(carrierKey(key, j), List.of()));
    }
    return EvidencePool.merged(sides, POOL_SIZE);
  }

  private static final boolean DEBUG = "1".equals(System.getenv("AMITY_DEBUG"));

  /** With AMITY_DEBUG=1, prints how long each stage took (for profiling the watch). */
  private static void step(String what, long t0) {
    if (DEBUG) {
      // process CPU as well: on a shared machine wall time measures the load as much as the work
      long cpu =
          ((com.sun.management.OperatingSystemMXBean)
                  java.lang.management.ManagementFactory.getOperatingSystemMXBean())
              .getProcessCpuTime();
      System.err.printf(
          Locale.ROOT,
          "watch: %-20s done at %.3f s (process CPU %.2f s)%n",
          what,
          (System.nanoTime() - t0) / 1e9,
          cpu / 1e9);
    }
  }

  /** The first day an alert's numbers cover (a rolling sum reaches back before its opening). */
  public static LocalDate firstDay(DetectionSpec spec, DetectedAlert a) {
    LocalDate d = a.opened();
    for (int i = 1; i < spec.rollingPeriods(); i++) {
      d =
          switch (spec.resolution()) {
            case DAY -> d.minusDays(1);
            case WEEK -> d.minusWeeks(1);
            case MONTH -> d.minusMonths(1);
          };
    }
    return d;
  }

  /** Which events an indicator counts, for its evidence. */
  static String eventClass(DetectionSpec spec) {
    return EventClass.of(spec).name();
  }

  /** Alerts at most this many days apart belong to one situation. */
  private int gapDays(Scope scope, String subject) {
    return org.amity.signal.SituationGrouper.gapDays(scope, config.specs());
  }

  private Report report(boolean full, long ingests, long days, int scored, int alerts, long t0) {
    var open = store.openCounts();
    return new Report(
        full,
        ingests,
        days,
        scored,
        alerts,
        open.alerts(),
        open.situations(),
        (System.nanoTime() - t0) / 1e9,
        redescribe);
  }

  /**
   * The digest of the classes here that describe an alert, read once: the class files do not change
   * while the program runs, so a watch does not read them again.
   */
  private static final String DESCRIPTION_CODE =
      CodeFingerprint.start()
          .code(
              WatchJob.class,
              EvidenceDescription.class,
              EvidencePool.class,
              org.amity.signal.Themes.class,
              ThreatTypeClassifier.class,
              ThreatProfile.class,
              org.amity.typology.ThreatType.class,
              org.amity.event.EventKinds.class,
              EventClass.class,
              PartyTraffic.class,
              AlertDraft.class,
              Scope.class)
          .hex();

  /**
   * The fingerprint of everything that describes an alert beyond its numbers: the code that chooses
   * and ranks its evidence, types it, finds its themes and great-power involvement (the store's
   * queries and the classes here), the great powers, the pool sizes and each indicator's evidence
   * class. Stored with the alerts; when a watch finds another, an earlier program or other settings
   * described them, so it describes every alert again rather than keep evidence and types that the
   * rules now in force would not give (an alert's signature covers its numbers only).
   */
  String descriptionRules() {
    CodeFingerprint f =
        CodeFingerprint.start()
            .text("store", store.evidenceRules())
            .text("code", DESCRIPTION_CODE)
            .text("greatPowers", new TreeSet<>(options.greatPowers()))
            .text("pool", POOL_SIZE + "," + EVIDENCE_SHOWN + "," + CARRIERS_READ);
    for (DetectionSpec spec : config.specs()) {
      f.text("class." + spec.name(), eventClass(spec));
    }
    return f.hex();
  }
}
