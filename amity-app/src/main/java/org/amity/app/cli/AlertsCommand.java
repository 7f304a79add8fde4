package org.amity.app.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.amity.app.json.SignalJson;
import org.amity.signal.Alert;
import org.amity.signal.AlertFilter;
import org.amity.signal.AlertQuery;
import org.amity.signal.EvidenceRecord;
import org.amity.signal.EvidenceRecords;
import org.amity.signal.Freshness;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity alerts}: list alerts with their evidence. */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = "List escalation alerts, most severe first, with their evidence.")
final class AlertsCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Mixin ListOptions list;

  @Option(names = "--id", paramLabel = "ID", description = "Only this alert (any status).")
  Long id;

  @Option(
      names = "--evidence",
      paramLabel = "K",
      description =
          "With --id: the stored rows behind the alert's evidence item K (the first is 1), one"
              + " line each: every report or record the item's count stands for.")
  Integer evidence;

  @Option(names = "--level", description = "Lowest level: watch, warning or alert.")
  String level;

  @Option(
      names = "--scope",
      description =
          "country, dyad, area (a sea area), region or theatre (a conflict area on land).")
  String scope;

  @Option(
      names = "--subject",
      description =
          "A country (THA), a dyad in either order (PHL-CHN), a sea area (SULU_CELEBES) or a"
              + " conflict area (MINDANAO).")
  String subject;

  /** Evidence items printed per alert in text mode (JSON carries all stored). */
  static final int EVIDENCE_SHOWN = 3;

  /** Why an alert has no evidence, in words. */
  static final String NO_EVIDENCE =
      "the series behind it holds counts, not events (an imported aggregate such as a"
          + " dyad-month file), or its events are no longer stored";

  @Override
  public Integer call() {
    String status = list.status();
    AlertQuery q = AlertFilter.of(status, level, scope, subject, list.from, list.to);
    if (id != null && id < 1) {
      throw new IllegalArgumentException("--id must be a positive number, not " + id);
    }
    if (evidence != null) {
      if (id == null) {
        throw new IllegalArgumentException("--evidence needs --id: the alert whose item to show");
      }
      if (evidence < 1) {
        throw new IllegalArgumentException(
            "--evidence must be a positive number (the first item is 1), not " + evidence);
      }
      try (Storage s = store.open()) {
        return records(s.signals().evidenceRecords(id, evidence));
      } catch (EvidenceRecords.Missing e) {
        // as an unknown --id alone: a usage error (exit 2), with where to look
        throw new IllegalArgumentException(
            e.getMessage()
                + (e.getMessage().startsWith("no alert")
                    ? " (see amity alerts --status all)"
                    : " (see amity alerts --id " + id + " --json)"));
      }
    }
    try (Storage s = store.open()) {
      List<Alert> found;
      int total;
      if (id != null) {
        found =
            List.of(
                s.signals()
                    .alert(id)
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "no alert " + id + " (see amity alerts --status all)")));
        total = 1;
      } else {
        found = s.signals().alerts(q.page(list.limit, list.offset));
        total = list.limit > 0 || list.offset > 0 ? s.signals().countAlerts(q) : found.size();
      }
      Freshness fresh = list.json ? Freshness.EMPTY : s.signals().freshness();
      list.print(
          found,
          total,
          fresh,
          SignalJson::alert,
          "alerts",
          a -> {
            System.out.printf(
                Locale.ROOT,
                "#%d %-7s %s %s (%s %s) %s..%s  %s=%.0f vs %.1f expected, score %.1f  types"
                    + " %s%s%n",
                a.id(),
                // the highest level reached, and the one it came down to (audit6 J1, J2)
                org.amity.signal.AlertWords.shownLevel(a).key(),
                org.amity.signal.AlertWords.status(a)
                    + java.util.Optional.ofNullable(org.amity.signal.AlertWords.levelNow(a))
                        .map(now -> " (" + now + ")")
                        .orElse(""),
                org.amity.signal.SubjectName.of(a.scope(), a.subject()),
                a.scope().key(),
                a.subject(),
                a.opened(),
                a.closed() == null ? "" : a.closed(),
                a.indicator(),
                a.value(),
                a.baseline(),
                a.score(),
                a.threatTypes(),
                a.greatPowerParty()
                    ? " ["
                        + org.amity.signal.GreatPowerRole.words(
                            a.scope(), a.subject(), a.greatPowerParty())
                        + "]"
                    : "");
            System.out.printf(
                Locale.ROOT, "    %s%n", org.amity.signal.IndicatorName.of(a.indicator()));
            // what the two numbers above are: counts, even for a share lens (audit4 H7)
            String counts = org.amity.signal.IndicatorName.valueCaption(a.indicator());
            if (counts != null) {
              System.out.printf(Locale.ROOT, "    %s%n", counts);
            }
            int item = 0;
            for (org.amity.signal.Evidence e :
                a.evidence().subList(0, Math.min(EVIDENCE_SHOWN, a.evidence().size()))) {
              // numbered as --evidence K takes them
              System.out.printf(
                  Locale.ROOT,
                  "    %d. %s %s; %s%s%n",
                  ++item,
                  e.date(),
                  e.inWords(),
                  e.reportsInWords(),
                  e.url() == null ? "" : " " + e.url());
            }
            if (a.protracted() != null) {
              System.out.println(
                  "    protracted since "
                      + a.protracted()
                      + ": held without rising further; a renewed rise opens a new alert");
            }
            if (a.evidence().isEmpty()) {
              System.out.println("    no evidence: " + NO_EVIDENCE);
            }
          });
      return 0;
    }
  }

  /** Longest narrative printed on a row's line (JSON carries it whole). */
  static final int NARRATIVE_SHOWN = 160;

  /** Prints the rows behind one evidence item: a heading, then one line per row. */
  private int records(EvidenceRecords r) {
    if (list.json) {
      System.out.println(Json.write(SignalJson.evidenceRecords(r)));
      return 0;
    }
    org.amity.signal.Evidence e = r.evidence();
    System.out.printf(
        Locale.ROOT,
        "alert #%d, evidence item %d: %s %s; %s%n",
        r.alertId(),
        r.item(),
        e.date(),
        e.inWords(),
        e.reportsInWords());
    System.out.printf(
        Locale.ROOT,
        "%d %s stored, drawn from %s%n",
        r.records().size(),
        r.records().size() == 1 ? "row" : "rows",
        r.drawnFrom());
    if (r.deathsInWords() != null) {
      System.out.println(r.deathsInWords());
    }
    if (r.note() != null) {
      System.out.println("note: " + r.note());
    }
    for (EvidenceRecord x : r.records()) {
      String narrative =
          x.narrative() == null ? null : x.narrative().strip().replaceAll("\\s+", " ");
      if (narrative != null && narrative.length() > NARRATIVE_SHOWN) {
        narrative = narrative.substring(0, NARRATIVE_SHOWN - 3) + "...";
      }
      System.out.printf(
          Locale.ROOT,
          "%s %s %s: %s; at %s%s%s%n",
          x.shown() ? "*" : " ",
          x.date(),
          x.recordName(),
          x.inWords(),
          x.placeInWords(),
          narrative == null ? "" : "; \"" + narrative + "\"",
          x.url() == null ? "" : " " + x.url());
    }
    if (!r.records().isEmpty()) {
      System.out.println("(* the row the item is shown by; --json for every field)");
    }
    return 0;
  }
}
