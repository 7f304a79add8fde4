package org.amity.app.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amity.app.json.SignalJson;
import org.amity.signal.Freshness;
import org.amity.signal.RelatedSituations;
import org.amity.signal.Situation;
import org.amity.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity situations}: developing situations (grouped alerts). */
@Command(
    name = "situations",
    mixinStandardHelpOptions = true,
    description =
        "List developing situations: related alerts on one country, dyad, sea area or conflict area.")
final class SituationsCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Mixin ListOptions list;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description =
          "Only this situation (any status); with --json its detail as the API gives it: its"
              + " alerts with evidence and acknowledgements, and the analysts' notes.")
  Long id;

  @Override
  public Integer call() {
    String status = list.status();
    LocalDate[] range = list.range();
    if (id != null && id < 1) {
      throw new IllegalArgumentException("--id must be a positive number, not " + id);
    }
    try (Storage s = store.open()) {
      List<Situation> found;
      int total;
      if (id != null) {
        found =
            List.of(
                s.signals()
                    .situation(id)
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "no situation " + id + " (see amity situations --status all)")));
        total = 1;
      } else {
        found = s.signals().situations(status, range[0], range[1], list.limit, list.offset);
        total =
            list.limit > 0 || list.offset > 0
                ? s.signals().countSituations(status, range[0], range[1])
                : found.size();
      }
      Freshness fresh = s.signals().freshness();
      Map<Long, List<RelatedSituations.Related>> related =
          RelatedSituations.read(s.signals(), found);
      list.print(
          found,
          total,
          fresh,
          x ->
              id != null
                  ? SignalJson.situationDetail(x, s.signals(), s.analystRecords(), fresh)
                  : SignalJson.situation(x, fresh, related.get(x.id())),
          "situations",
          x -> {
            System.out.printf(
                Locale.ROOT,
                "#%d %-7s %-10s %s  %s..%s  %s, stage %s, outside great powers %.0f%%%s%s%n",
                x.id(),
                x.level().key(),
                x.status(),
                x.title(),
                x.opened(),
                x.closed() == null ? "" : x.closed(),
                x.domain(),
                x.stage(),
                100 * x.outsidePowerShare(),
                x.greatPowerParty()
                    ? ", "
                        + org.amity.signal.GreatPowerRole.words(
                            x.scope(), x.subject(), x.greatPowerParty())
                    : "",
                fresh.stale(x)
                    ? "  [stale: no data on "
                        + x.subject()
                        + " since "
                        + fresh.lastData(x.scope(), x.subject())
                        + "]"
                    : "");
            related.get(x.id()).forEach(r -> System.out.println("  " + relatedLine(r)));
          });
      return 0;
    }
  }

  /**
   * "related: #16 Deep South (Thailand): rising tension, warning, closed, 2014-05-02..2014-05-30 (a
   * conflict area in this country)", the span as the situation's own line gives it.
   */
  static String relatedLine(RelatedSituations.Related r) {
    Situation x = r.situation();
    return String.format(
        Locale.ROOT,
        "related: #%d %s, %s, %s, %s..%s (%s)",
        x.id(),
        x.title(),
        x.level().key(),
        x.status(),
        x.opened(),
        x.closed() == null ? "" : x.closed(),
        r.relation().words());
  }
}
