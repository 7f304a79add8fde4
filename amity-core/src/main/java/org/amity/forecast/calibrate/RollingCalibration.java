package org.amity.forecast.calibrate;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Calibrates out-of-time forecasts inside the rolling origin: the forecasts of origin T are mapped
 * by a {@link PlattScaling} fitted only on earlier forecasts whose outcomes were known at T (made
 * at an origin s with {@code s + horizon <= T}), each of them itself made out of time. An origin
 * whose history holds fewer than {@link #MIN_EACH} events or non-events keeps its raw forecasts.
 *
 * <p>By default the map is refitted at every origin. With {@code refitAfter} events (the {@code
 * stable} calibrator) a map, once fitted, is kept until at least that many new events have become
 * known since its fit: the miscalibration of a model is structural and moves slowly, while a map
 * refitted every year moves by the noise of one year's few events, and each move reorders the
 * forecasts of different years against each other (which pooled AUC and AP compare). The decision
 * to refit at T counts only events known at T, so the stable map obeys the same time rule.
 *
 * <p>The {@code fixed} calibrator fits one map, at the first calibrated origin, on the forecasts
 * whose outcomes are known there (the warm-up origins), and holds it for every later origin: a
 * strictly increasing map that is the same for every scored origin keeps the raw ranking of the
 * scored forecasts, and sets their level once, from the warm-up years: it cannot follow a later
 * change in the event's rate (docs/forecasting.md, section 0d). It reads no outcome after that
 * origin.
 *
 * <p>The {@code anchored} calibrator holds only the slope of that map: at every origin from the
 * anchor on, the intercept is re-fitted, with the anchor's slope held (an offset), on every earlier
 * forecast whose outcome is known there. A moving slope stretches one block of years against the
 * others and reorders them; the level is what drifts with the event's rate (docs/forecasting.md,
 * section 0e). At the anchor its map is the {@code fixed} map.
 */
public final class RollingCalibration {
  /** Events and non-events each needed in the history before a map is fitted. */
  public static final int MIN_EACH = 5;

  /** New known events that trigger a refit of the {@code stable} calibrator (fixed in advance). */
  public static final int STABLE_REFIT_EVENTS = 10;

  private final CalibratorKind kind;
  private final int known;
  private final boolean slope;
  private final int refitAfter;
  private final int window;
  // the lag of the anchored intercepts' history: the horizon, except in the leak canary
  private final int interceptKnown;

  /**
   * @param horizon periods between a forecast's origin and its outcome; an outcome is known at
   *     origin T when {@code origin + horizon <= T}
   * @param slope true for Platt's intercept and slope ({@code platt}), false for the intercept only
   *     ({@code shift})
   */
  public RollingCalibration(int horizon, boolean slope) {
    this(horizon, slope, 0);
  }

  /**
   * @param horizon as above
   * @param slope as above
   * @param refitAfter 0 to refit at every origin; else keep a map until at least this many new
   *     events are known (the {@code stable} rule)
   */
  public RollingCalibration(int horizon, boolean slope, int refitAfter) {
    this(
        refitAfter > 0
            ? CalibratorKind.STABLE
            : slope ? CalibratorKind.PLATT : CalibratorKind.SHIFT,
        horizon,
        slope,
        refitAfter,
        0,
        horizon);
  }

  // window: 0 to fit on every earlier known forecast (expanding window); else only on the
  // forecasts of the last `window` origins whose outcomes are known (a sliding window)
  private RollingCalibration(
      CalibratorKind kind,
      int horizon,
      boolean slope,
      int refitAfter,
      int window,
      int interceptKnown) {
    if (refitAfter < 0 || window < 0) {
      throw new IllegalArgumentException(
          "refitAfter and window must be 0 or more, not " + refitAfter + ", " + window);
    }
    this.kind = kind;
    this.known = horizon;
    this.slope = slope;
    this.refitAfter = refitAfter;
    this.window = window;
    this.interceptKnown = interceptKnown;
  }

  /**
   * Which calibrator this is: {@code fixed} fits one map at the first calibrated origin (its
   * anchor) with {@link #fitAt}; {@code anchored} holds that map's slope and re-fits the intercept
   * at every origin ({@link #anchoredAt}); the others fit at each origin ({@link #mapAt}).
   */
  public CalibratorKind kind() {
    return kind;
  }

  /** Whether the pair made at origin {@code o} is history for a map fitted at {@code t}. */
  private boolean usable(int o, int t, int lag) {
    return o + lag <= t && (window == 0 || o > t - lag - window);
  }

  /** The calibration a calibrator name stands for, for yearly periods. */
  public static RollingCalibration named(String calibrator, int horizon) {
    return named(calibrator, horizon, false);
  }

  /**
   * The calibration a backtest's or a live run's calibrator name stands for; {@code recent} uses
   * the last ten origins (36 when {@code monthly}), the live rule's window.
   */
  public static RollingCalibration named(String calibrator, int horizon, boolean monthly) {
    return of(CalibratorKind.named(calibrator), horizon, monthly);
  }

  /** The calibration of a kind; {@code none} maps every forecast to itself. */
  public static RollingCalibration of(CalibratorKind kind, int horizon, boolean monthly) {
    return switch (kind) {
      case PLATT, FIXED, ANCHORED, NONE ->
          new RollingCalibration(kind, horizon, true, 0, 0, horizon);
      case SHIFT -> new RollingCalibration(kind, horizon, false, 0, 0, horizon);
      case STABLE -> new RollingCalibration(kind, horizon, true, STABLE_REFIT_EVENTS, 0, horizon);
      case RECENT -> new RollingCalibration(kind, horizon, true, 0, monthly ? 36 : 10, horizon);
    };
  }

  /**
   * Calibrated forecasts for every entry whose origin is at least {@code first}; entries before
   * {@code first} (the warm-up) only serve as history and come back NaN. For {@code fixed}, {@code
   * first} is the anchor: its map serves every origin from {@code first} on; for {@code anchored}
   * its slope does, with an intercept re-fitted at each origin.
   *
   * @param origin the origin of each raw forecast
   * @param raw the raw forecasts (NaN: none)
   * @param outcome the outcomes (NaN: never observed)
   */
  public Result calibrate(int[] origin, double[] raw, double[] outcome, int first) {
    int n = raw.length;
    double[] out = new double[n];
    Map<Integer, PlattScaling> maps = new HashMap<>();
    switch (kind) {
      case NONE -> {
        for (int o : origin) {
          if (o >= first) {
            maps.put(o, PlattScaling.IDENTITY);
          }
        }
      }
      case FIXED, ANCHORED -> {
        PlattScaling once = fitAt(first, origin, raw, outcome);
        for (int o : origin) {
          if (o >= first && !maps.containsKey(o)) {
            maps.put(
                o,
                kind == CalibratorKind.FIXED ? once : heldSlopeAt(once, o, origin, raw, outcome));
          }
        }
      }
      case PLATT, SHIFT, STABLE, RECENT -> {
        if (refitAfter > 0 && n > 0) {
          int last = Integer.MIN_VALUE;
          for (int o : origin) {
            last = Math.max(last, o);
          }
          maps.putAll(schedule(last, origin, raw, outcome));
          maps.keySet().removeIf(o -> o < first);
        }
        // otherwise each origin's map is fitted there, below
      }
    }
    for (int i = 0; i < n; i++) {
      if (origin[i] < first || Double.isNaN(raw[i])) {
        out[i] = Double.NaN;
        continue;
      }
      PlattScaling m = maps.computeIfAbsent(origin[i], t -> mapAt(t, origin, raw, outcome));
      out[i] = m.apply(raw[i]);
    }
    return new Result(out, maps);
  }

  /**
   * The map in use at origin t: fitted at t, or, with {@code refitAfter}, the map of the latest
   * refit up to t, replaying the refit schedule over every origin present in {@code origin} up to t
   * (each step reading only the outcomes known at that step). Not for {@code fixed} and {@code
   * anchored}, whose maps depend on their anchor as well: {@link #fitAt} and {@link #anchoredAt}.
   */
  public PlattScaling mapAt(int t, int[] origin, double[] raw, double[] outcome) {
    switch (kind) {
      case FIXED, ANCHORED ->
          throw new IllegalStateException(
              "the fixed and anchored maps depend on their anchor: use fitAt or anchoredAt");
      case NONE -> {
        return PlattScaling.IDENTITY;
      }
      case PLATT, SHIFT, STABLE, RECENT -> {
        // below
      }
    }
    if (refitAfter == 0) {
      return fitAt(t, origin, raw, outcome);
    }
    return schedule(t, origin, raw, outcome).get(t);
  }

  /** The stable rule's map at every origin up to t (and at t), in one pass over the schedule. */
  private Map<Integer, PlattScaling> schedule(int t, int[] origin, double[] raw, double[] outcome) {
    TreeSet<Integer> steps = new TreeSet<>();
    for (int o : origin) {
      if (o <= t) {
        steps.add(o);
      }
    }
    steps.add(t);
    Map<Integer, PlattScaling> maps = new HashMap<>();
    PlattScaling current = PlattScaling.IDENTITY;
    int eventsAtFit = -1; // no map fitted yet
    for (int s : steps) {
      int events = knownEvents(s, origin, raw, outcome);
      if (eventsAtFit < 0 || events - eventsAtFit >= refitAfter) {
        PlattScaling m = fitAt(s, origin, raw, outcome);
        if (m != PlattScaling.IDENTITY) {
          current = m;
          eventsAtFit = events;
        }
      }
      maps.put(s, current);
    }
    return maps;
  }

  private int knownEvents(int t, int[] origin, double[] raw, double[] outcome) {
    int events = 0;
    for (int i = 0; i < raw.length; i++) {
      if (origin[i] + known <= t && !Double.isNaN(raw[i]) && !Double.isNaN(outcome[i])) {
        events += outcome[i] > 0.5 ? 1 : 0;
      }
    }
    return events;
  }

  /**
   * The {@code anchored} map at origin t: the slope of the map fitted at {@code anchor} (on the
   * pairs known there), held, and the intercept re-fitted on every pair known at t. The identity
   * when the anchor's history is too short to give a slope.
   */
  public PlattScaling anchoredAt(int anchor, int t, int[] origin, double[] raw, double[] outcome) {
    return heldSlopeAt(fitAt(anchor, origin, raw, outcome), t, origin, raw, outcome);
  }

  /** The intercept at t with the slope of {@code anchorMap} held (identity stays identity). */
  private PlattScaling heldSlopeAt(
      PlattScaling anchorMap, int t, int[] origin, double[] raw, double[] outcome) {
    if (anchorMap == PlattScaling.IDENTITY) {
      return PlattScaling.IDENTITY;
    }
    Known k = knownAt(t, interceptKnown, origin, raw, outcome);
    return PlattScaling.fitIntercept(k.raw(), k.outcome(), anchorMap.b());
  }

  /**
   * The map fitted at origin t on the pairs known there only (no refit schedule); the identity for
   * {@code none}.
   */
  public PlattScaling fitAt(int t, int[] origin, double[] raw, double[] outcome) {
    if (kind == CalibratorKind.NONE) {
      return PlattScaling.IDENTITY;
    }
    Known k = knownAt(t, known, origin, raw, outcome);
    int events = 0;
    for (double v : k.outcome()) {
      events += v > 0.5 ? 1 : 0;
    }
    if (events < MIN_EACH || k.outcome().length - events < MIN_EACH) {
      return PlattScaling.IDENTITY;
    }
    return PlattScaling.fit(k.raw(), k.outcome(), slope);
  }

  /** The raw forecasts and outcomes usable as history at origin t. */
  private Known knownAt(int t, int lag, int[] origin, double[] raw, double[] outcome) {
    int n = 0;
    for (int i = 0; i < raw.length; i++) {
      if (usable(origin[i], t, lag) && !Double.isNaN(raw[i]) && !Double.isNaN(outcome[i])) {
        n++;
      }
    }
    double[] p = new double[n];
    double[] y = new double[n];
    int k = 0;
    for (int i = 0; i < raw.length; i++) {
      if (usable(origin[i], t, lag) && !Double.isNaN(raw[i]) && !Double.isNaN(outcome[i])) {
        p[k] = raw[i];
        y[k++] = outcome[i];
      }
    }
    return new Known(p, y);
  }

  private record Known(double[] raw, double[] outcome) {}

  /**
   * Calibrated forecasts, and the map used at each origin.
   *
   * @param calibrated one per raw forecast, NaN for warm-up entries
   * @param maps origin to map (identity where the history was too short)
   */
  public record Result(double[] calibrated, Map<Integer, PlattScaling> maps) {}

  /**
   * A calibration that (wrongly) treats outcomes as known {@code lead} periods early: for tests.
   */
  static RollingCalibration leaking(int horizon, int lead) {
    return leaking("platt", horizon, lead);
  }

  /** The named calibration, (wrongly) treating outcomes as known {@code lead} periods early. */
  static RollingCalibration leaking(String calibrator, int horizon, int lead) {
    return named(calibrator, horizon - lead);
  }

  /**
   * The {@code anchored} calibration whose anchor is fitted by the rule but whose intercepts
   * (wrongly) treat outcomes as known {@code lead} periods early: for tests.
   */
  static RollingCalibration leakingIntercept(int horizon, int lead) {
    return new RollingCalibration(CalibratorKind.ANCHORED, horizon, true, 0, 0, horizon - lead);
  }
}
