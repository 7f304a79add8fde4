package org.amity.storage;

import org.amity.access.AccessStore;
import org.amity.coding.CodedSentences;
import org.amity.forecast.escalation.DyadMonthImports;
import org.amity.forecast.piracy.PiracyMonthCounts;
import org.amity.forecast.store.ForecastStore;
import org.amity.pipeline.WatchStore;
import org.amity.signal.AnalystRecords;
import org.amity.signal.SeriesReader;
import org.amity.signal.SignalReader;
import org.amity.store.EventStore;
import org.amity.store.IngestRecords;
import org.amity.store.SeriesStore;

/**
 * Everything the faces (CLI, REST API) and the jobs (ingest, watch, forecasts) ask of the store,
 * one interface per question, each returning domain records. The embedded DuckDB store ({@code
 * org.amity.store.duckdb.DuckDbStorage}) is the one implementation today; a server database or a
 * cluster's output would be another, and the contract tests in the core's test sources say what it
 * must do.
 */
public interface Storage extends AutoCloseable {

  EventStore events();

  /** Imported aggregate series ({@code amity ingest series}). */
  SeriesStore seriesImports();

  IngestRecords ingestRecords();

  SignalReader signals();

  SeriesReader series();

  AnalystRecords analystRecords();

  WatchStore watch();

  ForecastStore forecasts();

  PiracyMonthCounts piracyMonths();

  DyadMonthImports dyadMonthImports();

  /** Stored UCDP GED deaths per province and month, for the deaths forecast. */
  org.amity.forecast.deaths.GedMonthDeaths gedMonthDeaths();

  CodedSentences codedSentences();

  /** Response timelines (issue 12): append-only entries per situation, audited. */
  org.amity.response.timeline.TimelineStore timelines();

  /** Track II meetings; names only for the convenor's clearance. */
  org.amity.response.track2.Track2Store track2();

  /** Follows, feed tokens, webhooks, notifications and their deliveries. */
  org.amity.notify.NotifyStore notifications();

  /**
   * Accounts, sessions, the audit trail and sign-in attempts. Each call opens a handle of its own
   * (close it); all handles on one store decide sign-in attempts one at a time.
   */
  AccessStore access();

  /**
   * A view of this store for many threads at once (a server): reads run concurrently on up to
   * {@code readers} connections of their own, writes one at a time. Closing the view releases what
   * it holds, not the store.
   */
  Storage shared(int readers);

  /** How many writes went through this store object; moves whenever it changed the data itself. */
  long writes();

  /**
   * A short text that changes whenever the signal tables, the imported series, the ingest log or
   * the analysts' records change, whoever changed them (cheap to compute: counts and hashes).
   */
  String fingerprint();

  /** Whether the store answers a trivial query now. */
  boolean answers();

  /** Where the store is, for messages ("/home/x/.amity/amity.duckdb"). */
  String location();

  @Override
  void close();
}
