package org.amity.app.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.signal.Alert;
import org.amity.signal.AlertQuery;
import org.amity.signal.AnalystRecords;
import org.amity.signal.Evidence;
import org.amity.signal.EvidenceRecord;
import org.amity.signal.EvidenceRecords;
import org.amity.signal.Freshness;
import org.amity.signal.GreatPowerRole;
import org.amity.signal.IndicatorSeries;
import org.amity.signal.RelatedSituations;
import org.amity.signal.SignalReader;
import org.amity.signal.Situation;
import org.amity.signal.SubjectName;

/**
 * The JSON shapes of alerts, situations and series (lower-case levels and scopes, ISO dates), for
 * {@code amity alerts|situations|series --json} and the API alike.
 */
public final class SignalJson {
  private SignalJson() {}

  /**
   * One situation as its detail is answered, by the API ({@code GET /api/v1/situations/{id}}) and
   * by {@code amity situations --id N --json} alike: the situation, the data's date, its alerts
   * with their evidence and the analysts' acknowledgements, and the analysts' notes.
   */
  public static Map<String, Object> situationDetail(
      Situation s, SignalReader signals, AnalystRecords records, Freshness fresh) {
    Map<String, Object> m =
        situation(s, fresh, RelatedSituations.read(signals, List.of(s)).get(s.id()));
    m.put("dataAsOf", fresh.dataAsOf() == null ? null : fresh.dataAsOf().toString());
    List<Alert> alerts = signals.alerts(AlertQuery.ofSituation(s.id()));
    // "no" only where a source that codes aid and displacement stands behind the evidence
    m.put(
        "humanitarianWords",
        org.amity.signal.HumanitarianWords.of(
            s.humanitarian(),
            alerts.stream().flatMap(a -> a.evidence().stream()).map(Evidence::dataset).toList()));
    m.put("alerts", alertsWithAcks(alerts, records, true));
    m.put("notes", records.notes(s.id()));
    return m;
  }

  /**
   * Alerts in their JSON shape with the analysts' acknowledgements; {@code evidence} false leaves
   * the evidence out (lists).
   */
  public static List<Map<String, Object>> alertsWithAcks(
      List<Alert> alerts, AnalystRecords records, boolean evidence) {
    Map<Long, List<AnalystRecords.Acknowledgement>> acks =
        records.acknowledgements(alerts.stream().map(Alert::id).toList());
    List<Map<String, Object>> out = new ArrayList<>();
    for (Alert a : alerts) {
      Map<String, Object> m = alert(a);
      if (!evidence) {
        m.remove("evidence");
      }
      m.put("acknowledgements", acks.getOrDefault(a.id(), List.of()));
      out.add(m);
    }
    return out;
  }

  public static Map<String, Object> alert(Alert a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("situationId", a.situationId());
    m.put("level", a.level().key());
    m.put("peakLevel", a.peakLevel().key());
    // what lists show: the highest level reached, and the level it came down to (audit6 J1)
    m.put("levelNow", org.amity.signal.AlertWords.levelNow(a));
    m.put("status", a.status());
    m.put("scope", a.scope().key());
    m.put("subject", a.subject());
    m.put("subjectName", org.amity.signal.SubjectName.of(a.scope(), a.subject()));
    m.put("scopeName", a.scope().words());
    m.put("threatTypes", a.threatTypes());
    m.put("threatShares", a.threatShares());
    m.put("opened", a.opened().toString());
    m.put("updated", a.updated().toString());
    m.put("closed", a.closed() == null ? null : a.closed().toString());
    m.put("protracted", a.protracted() == null ? null : a.protracted().toString());
    m.put("statusText", statusText(a.status()));
    // the status with its days: "closed on 2020-06-01 (protracted from 2019-06-01)" (audit6 J2)
    m.put("statusInWords", org.amity.signal.AlertWords.status(a));
    m.put("indicator", a.indicator());
    m.put("indicatorName", org.amity.signal.IndicatorName.of(a.indicator()));
    m.put("resolution", a.resolution().key());
    m.put("periodStart", a.periodStart().toString());
    m.put("periodEnd", a.periodEnd().toString());
    m.put("value", a.value());
    m.put("baseline", Math.round(a.baseline() * 100) / 100.0);
    // what value and baseline are: counts, even for a share lens (audit4 H7)
    m.put("valueInWords", org.amity.signal.IndicatorName.valueCaption(a.indicator()));
    m.put("score", a.score());
    m.put("greatPowerParty", a.greatPowerParty());
    m.put("greatPowerRole", GreatPowerRole.of(a.scope(), a.subject(), a.greatPowerParty()).key());
    String aPowers = GreatPowerRole.words(a.scope(), a.subject(), a.greatPowerParty());
    if (aPowers != null) {
      m.put("greatPowerWords", aPowers);
    }
    m.put("outsidePowerShare", a.outsidePowerShare());
    List<Map<String, Object>> ev = new ArrayList<>();
    for (Evidence e : a.evidence()) {
      ev.add(evidence(e));
    }
    m.put("evidenceCount", ev.size());
    m.put("evidence", ev);
    return m;
  }

  /** The last day of dead dated by a range from {@code first}, as text; null for one day. */
  private static String lastDay(java.time.LocalDate first, org.amity.event.Fatalities deaths) {
    return deaths != null && deaths.ranged(first) ? deaths.lastDay().toString() : null;
  }

  /** One evidence item of an alert. */
  public static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("date", e.date().toString());
    // the last day of a record dated by a range of days (UCDP GED), null for one day
    x.put("dateEnd", lastDay(e.date(), e.deaths()));
    x.put("source", e.source());
    x.put("target", e.target());
    x.put("code", e.code());
    x.put("description", e.description());
    x.put("sourceName", e.sourceName());
    x.put("targetName", e.targetName());
    x.put("narrative", e.narrative());
    x.put("deaths", deaths(e.deaths()));
    x.put("deathsInWords", e.deathsInWords());
    x.put("goldstein", e.goldstein());
    x.put("reports", e.reports());
    x.put("reportsInWords", e.reportsInWords());
    x.put("url", e.url());
    x.put("dataset", e.dataset());
    x.put("nativeId", e.nativeId());
    return x;
  }

  /**
   * The stored rows behind one evidence item, as {@code amity alerts --id N --evidence K --json}
   * and {@code GET /api/v1/alerts/{id}/evidence/{k}/records} both answer: the item, whose reports
   * the rows were drawn from, how many there are against the item's count, and each row in words
   * and fields (the shown row first).
   */
  public static Map<String, Object> evidenceRecords(EvidenceRecords r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("alertId", r.alertId());
    m.put("item", r.item());
    m.put("evidence", evidence(r.evidence()));
    m.put("drawnFrom", r.drawnFrom());
    m.put("reports", r.evidence().reports());
    m.put("count", r.records().size());
    m.put("complete", r.complete());
    m.put("deathsInWords", r.deathsInWords());
    m.put("note", r.note());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (EvidenceRecord x : r.records()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("shown", x.shown());
      row.put("date", x.date().toString());
      row.put("dateEnd", lastDay(x.date(), x.deaths()));
      row.put("dataset", x.dataset());
      row.put("nativeId", x.nativeId());
      row.put("record", x.recordName());
      row.put("source", x.source());
      row.put("target", x.target());
      row.put("sourceName", x.sourceName());
      row.put("targetName", x.targetName());
      row.put("code", x.code());
      row.put("description", x.description());
      row.put("inWords", x.inWords());
      row.put("goldstein", x.goldstein());
      Map<String, Object> place = new LinkedHashMap<>();
      place.put("country", x.country());
      place.put("countryName", x.country() == null ? null : SubjectName.country(x.country()));
      place.put("division", x.division());
      place.put("name", x.place());
      place.put("seaArea", x.seaArea());
      place.put(
          "seaAreaName",
          x.seaArea() == null ? null : SubjectName.of(org.amity.signal.Scope.AREA, x.seaArea()));
      place.put("latitude", x.latitude());
      place.put("longitude", x.longitude());
      row.put("place", place);
      row.put("placeInWords", x.placeInWords());
      row.put("articles", x.articles());
      row.put("deaths", deaths(x.deaths()));
      row.put("deathsInWords", x.deathsInWords());
      row.put("narrative", x.narrative());
      row.put("url", x.url());
      rows.add(row);
    }
    m.put("records", rows);
    return m;
  }

  /** What a status means, in words. */
  public static String statusText(String status) {
    return switch (status) {
      case "open" -> "open: a current warning";
      case "protracted" ->
          "protracted: the level has held without rising further long enough to be the new"
              + " normal; a renewed rise opens a new alert";
      case "closed" -> "closed: the series came back down";
      default -> status;
    };
  }

  /**
   * A situation with how current its subject's data is and its related situations (from {@link
   * org.amity.signal.RelatedSituations}).
   */
  public static Map<String, Object> situation(
      Situation s, Freshness f, List<RelatedSituations.Related> related) {
    Map<String, Object> m = situation(s);
    java.time.LocalDate last = f.lastData(s.scope(), s.subject());
    m.put("lastData", last == null ? null : last.toString());
    m.put("stale", f.stale(s));
    m.put("related", related(related));
    return m;
  }

  /** Related situations, each with how it is related in words. */
  public static List<Map<String, Object>> related(List<RelatedSituations.Related> related) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (RelatedSituations.Related r : related) {
      Situation s = r.situation();
      Map<String, Object> m = head(s);
      m.put("relation", r.relation().words());
      span(m, s);
      out.add(m);
    }
    return out;
  }

  /** A situation's id, title and subject (code and words): how every listing names it. */
  private static Map<String, Object> head(Situation s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    m.put("scope", s.scope().key());
    m.put("subject", s.subject());
    m.put("subjectName", org.amity.signal.SubjectName.of(s.scope(), s.subject()));
    return m;
  }

  /** A situation's level, status and days, as every listing gives them. */
  private static void span(Map<String, Object> m, Situation s) {
    m.put("level", s.level().key());
    m.put("status", s.status());
    m.put("opened", s.opened().toString());
    m.put("updated", s.updated().toString());
    m.put("closed", s.closed() == null ? null : s.closed().toString());
  }

  /** {@code {best, low, high}} as the source counts them, or null when it does not. */
  private static Map<String, Object> deaths(org.amity.event.Fatalities f) {
    if (f == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("best", f.best());
    m.put("low", f.low());
    m.put("high", f.high());
    return m;
  }

  public static Map<String, Object> situation(Situation s) {
    Map<String, Object> m = head(s);
    m.put("scopeName", s.scope().words());
    span(m, s);
    m.put("parties", s.parties());
    m.put("partyNames", countryNames(s.parties()));
    m.put("threatTypes", s.threatTypes());
    m.put("threatShares", s.threatShares());
    m.put("domain", s.domain());
    m.put("stage", s.stage());
    m.put("greatPowerParty", s.greatPowerParty());
    m.put("greatPowerRole", GreatPowerRole.of(s.scope(), s.subject(), s.greatPowerParty()).key());
    String sPowers = GreatPowerRole.words(s.scope(), s.subject(), s.greatPowerParty());
    if (sPowers != null) {
      m.put("greatPowerWords", sPowers);
    }
    m.put("outsidePowerShare", s.outsidePowerShare());
    m.put("humanitarian", s.humanitarian());
    m.put("themes", s.themes());
    m.put("alertIds", s.alertIds());
    m.put("alertCount", s.alertIds().size());
    return m;
  }

  /** Each code's country name ({@code {"CHN": "China"}}), in the order given. */
  public static Map<String, String> countryNames(List<String> iso3) {
    Map<String, String> out = new LinkedHashMap<>();
    iso3.forEach(c -> out.put(c, SubjectName.country(c)));
    return out;
  }

  /** A series with its band (and for a detector's series, its score and level per period). */
  public static Map<String, Object> series(IndicatorSeries s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scope", s.scope().key());
    m.put("subject", s.subject());
    m.put("subjectName", org.amity.signal.SubjectName.of(s.scope(), s.subject()));
    m.put("indicator", s.indicator());
    m.put("indicatorName", org.amity.signal.IndicatorName.of(s.indicator()));
    m.put("resolution", s.resolution().key());
    m.put("band", s.band());
    if (s.scored()) {
      m.put("valueInWords", org.amity.signal.IndicatorName.valueCaption(s.indicator()));
    }
    if (s.message() != null) {
      m.put("message", s.message());
    }
    List<Map<String, Object>> points = new ArrayList<>();
    for (IndicatorSeries.Point p : s.points()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("period", p.period().toString());
      x.put("value", p.value());
      x.put("source", p.source());
      x.put("baseline", p.baseline());
      x.put("low", p.low());
      x.put("high", p.high());
      if (s.scored()) {
        x.put("score", p.score());
        x.put("level", p.level());
      }
      points.add(x);
    }
    m.put("points", points);
    return m;
  }
}
