package org.amity.pipeline;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.amity.event.Actor;
import org.amity.event.CountryTable;
import org.amity.event.SeaArea;
import org.amity.response.Label;
import org.amity.response.Lens;
import org.amity.response.MeasureRecommender;
import org.amity.response.PrecedentSource;
import org.amity.response.Recommendation;
import org.amity.response.SituationProfile;
import org.amity.response.kb.Domain;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.kb.ThreatType;
import org.amity.signal.Alert;
import org.amity.signal.Evidence;
import org.amity.signal.EvidenceRecord;
import org.amity.signal.EvidenceRecords;
import org.amity.signal.SignalReader;
import org.amity.signal.Situation;
import org.amity.typology.ThreatProfile;
import org.amity.typology.ThreatTypeClassifier;

/**
 * The one path from a stored situation to its recommendation, taken by {@code amity recommend
 * --situation}, the API, the situation report and the demo: the situation's profile ({@link
 * SituationProfiles}) and the knowledge base it is advised with.
 *
 * <p>A past situation is advised with the knowledge base as it stood at the end of the year before
 * it opened ({@link KnowledgeBase#asOf}, {@link #knowledgeBaseYear}): a closed situation opened
 * before the current year. Its options are then those the region had when the warning came (a 1993
 * South China Sea situation is not offered bodies founded decades later, and Viet Nam, an ASEAN
 * member from 1995, is not counted a member of ASEAN's bodies). A situation still open or
 * protracted is advised with today's knowledge base, whatever its age, since what can be done about
 * it now is what exists now; so is one opened this year. But a store whose data end in an earlier
 * year than today's does not know what is current now: a situation open or protracted in it is
 * current as of the store's data, and is advised with the knowledge base as of the year its data
 * end (audit4 H10: a Thai situation of 2018 in a store ending in 2020 cited the Myanmar coup of
 * 2021 and counted Timor-Leste, a member since 2025). Every recommendation says which knowledge
 * base it used and why ({@link Recommendation#knowledgeBase}).
 */
public final class SituationAdvice {
  private SituationAdvice() {}

  /** The recommendation for a stored situation, with the current year read from the clock. */
  public static Recommendation recommend(
      Situation s,
      SignalReader signals,
      KnowledgeBase today,
      PrecedentSource precedents,
      Lens lens,
      Label label) {
    return recommend(
        s, signals, today, precedents, lens, label, Year.now(ZoneOffset.UTC).getValue());
  }

  /**
   * The same, in a given current year, with the store's data as of the day {@code signals} says
   * ({@link org.amity.signal.Freshness#dataAsOf}).
   *
   * @param signals where the situation's alerts and evidence are read (null: from the situation's
   *     stored facts alone, the store's data taken as current)
   */
  public static Recommendation recommend(
      Situation s,
      SignalReader signals,
      KnowledgeBase today,
      PrecedentSource precedents,
      Lens lens,
      Label label,
      int currentYear) {
    org.amity.signal.Freshness fresh =
        signals == null ? org.amity.signal.Freshness.EMPTY : signals.freshness();
    return recommend(s, signals, today, precedents, lens, label, currentYear, fresh);
  }

  /**
   * The same, with the day the store's data end given (no subject's own last day known, so none is
   * stale).
   *
   * @param dataAsOf the newest day the store's data cover, or null when not known (taken as
   *     current)
   */
  public static Recommendation recommend(
      Situation s,
      SignalReader signals,
      KnowledgeBase today,
      PrecedentSource precedents,
      Lens lens,
      Label label,
      int currentYear,
      LocalDate dataAsOf) {
    return recommend(
        s,
        signals,
        today,
        precedents,
        lens,
        label,
        currentYear,
        new org.amity.signal.Freshness(dataAsOf, java.util.Map.of()));
  }

  /**
   * The same, with how current the store's data are: a situation whose own subject has had no data
   * for longer than its resolution allows (stale, {@link org.amity.signal.Freshness#stale}) is
   * current only as of its subject's last data, not the store's newest day (sixth audit, J8:
   * Papua's situation, with no data after 2020-11-06, was advised as of a Philippine file ending
   * 2021-12-29 and called current).
   */
  public static Recommendation recommend(
      Situation s,
      SignalReader signals,
      KnowledgeBase today,
      PrecedentSource precedents,
      Lens lens,
      Label label,
      int currentYear,
      org.amity.signal.Freshness fresh) {
    boolean stale = fresh.stale(s);
    LocalDate dataAsOf = stale ? fresh.lastData(s.scope(), s.subject()) : fresh.dataAsOf();
    OptionalInt year = knowledgeBaseYear(s, currentYear, dataAsOf);
    KnowledgeBase kb = year.isPresent() ? today.asOf(year.getAsInt()) : today;
    List<String> notes = new ArrayList<>();
    SituationProfile profile = profile(s, signals, kb, notes);
    Recommendation r =
        new MeasureRecommender(kb, precedents)
            .recommend(profile, lens, label)
            .knowledgeBaseBecause(reason(s, year, currentYear, dataAsOf, stale));
    for (int i = notes.size() - 1; i >= 0; i--) {
      r = r.withNote(notes.get(i));
    }
    return r;
  }

  /**
   * The situation as the recommender reads it: {@link SituationProfiles#of(Situation,
   * KnowledgeBase)}, with what its evidence adds when {@code signals} can read it. A situation
   * between states needs two sides: a country's (or a conflict area's) situation whose evidence is
   * inter-state has the states on the other side of that evidence as parties too (audit2 D14: Viet
   * Nam's situation of May 2014, its evidence against China, asked only Viet Nam's consent).
   *
   * @param notes receives what was added and why, in words
   */
  public static SituationProfile profile(
      Situation s, SignalReader signals, KnowledgeBase kb, List<String> notes) {
    SituationProfile p = SituationProfiles.of(s, kb);
    if (signals == null) {
      return p;
    }
    List<Alert> alerts = alerts(s, signals);
    List<Evidence> evidence = alerts.stream().flatMap(a -> a.evidence().stream()).toList();
    if (p.is(ThreatType.INTER_STATE) && p.parties().size() < 2) {
      Counterparts c = Counterparts.of(evidence, p.parties());
      if (!c.states().isEmpty()) {
        List<String> parties = new ArrayList<>(p.parties());
        parties.addAll(c.states());
        // the stored share counted a great power now among the parties as an outside one: it is
        // recomputed over the evidence read; otherwise it stands
        boolean powerAdded = !SituationProfile.greatPowersAmong(c.states()).isEmpty();
        double outside = powerAdded ? c.outsideShare(parties) : p.outsidePowerShare();
        p = p.withParties(parties, outside);
        notes.add(
            String.join(", ", c.states())
                + " taken as a party: a situation between states has two sides, and its evidence"
                + " between states ("
                + c.items()
                + " item(s) of its alerts) has on the other side "
                + c.describe()
                + (powerAdded
                    ? "; the outside powers' share is then "
                        + Math.round(outside * 100)
                        + "% of the evidence read"
                    : ""));
      }
    }
    Optional<String> sea = unplacedAtSea(alerts, signals, evidence, p);
    if (sea.isPresent()) {
      p = p.withDomainUnknown();
      notes.add(
          "sea or land not known: none of the "
              + evidence.size()
              + " evidence item(s) of its alerts carries a place, and "
              + sea.get()
              + "; instruments that work only at sea or only on land are kept, flagged");
    }
    return p;
  }

  /**
   * Why a situation read as land may be at sea (audit2 D15: ICEWS daily rows carry no place, so the
   * China-Viet Nam standoff of May 2014 over an oil rig read as land and the DOC was excluded): no
   * evidence item has a stored row with coordinates or a sea area, and two of its parties are
   * coastal states of one sea area. Empty when the reading stands: a situation at sea by its
   * places, one with any placed evidence (the reading then rests on places), or one whose parties
   * share no sea.
   */
  static Optional<String> unplacedAtSea(
      List<Alert> alerts, SignalReader signals, List<Evidence> evidence, SituationProfile p) {
    if (p.domain() != Domain.LAND || evidence.isEmpty()) {
      return Optional.empty();
    }
    Optional<SeaArea> shared =
        Arrays.stream(SeaArea.values())
            .filter(a -> a.coastalStates().stream().filter(p.parties()::contains).count() >= 2)
            .findFirst();
    if (shared.isEmpty()) {
      return Optional.empty();
    }
    for (Alert a : alerts) {
      for (int k = 1; k <= a.evidence().size(); k++) {
        EvidenceRecords rows;
        try {
          rows = signals.evidenceRecords(a.id(), k);
        } catch (EvidenceRecords.Missing e) {
          return Optional.empty(); // rows not readable: keep the reading
        }
        for (EvidenceRecord r : rows.records()) {
          if (r.latitude() != null || r.seaArea() != null) {
            return Optional.empty();
          }
        }
      }
    }
    List<String> coastal =
        shared.get().coastalStates().stream().filter(p.parties()::contains).toList();
    return Optional.of(
        String.join(", ", coastal) + " are coastal states of the " + shared.get().label());
  }

  /**
   * The situation's alerts as stored, read once: their evidence items (the strongest of each) are
   * what the profile's additions rest on.
   */
  static List<Alert> alerts(Situation s, SignalReader signals) {
    List<Alert> out = new ArrayList<>();
    for (long id : s.alertIds()) {
      signals.alert(id).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The states on the other side of a situation's inter-state evidence: items whose two actors are
   * state actors of two countries, one of them a party. A state is a counterpart when it is the
   * other side of at least {@link ThreatProfile#REPORT_THRESHOLD} of those items' reports (the
   * share at which a threat type is reported), so that one stray exchange does not make a party.
   */
  record Counterparts(
      List<String> states,
      Map<String, Double> shares,
      int items,
      List<Evidence> evidence,
      double total) {

    static Counterparts of(List<Evidence> evidence, List<String> parties) {
      CountryTable countries = CountryTable.standard();
      Map<String, Double> weight = new LinkedHashMap<>();
      double total = 0;
      int items = 0;
      for (Evidence e : evidence) {
        Actor a = actor(e.source(), e.sourceName(), countries);
        Actor b = actor(e.target(), e.targetName(), countries);
        if (a == null
            || b == null
            || !ThreatTypeClassifier.isState(a)
            || !ThreatTypeClassifier.isState(b)
            || a.country().equals(b.country())) {
          continue;
        }
        String other =
            parties.contains(a.country())
                ? b.country()
                : parties.contains(b.country()) ? a.country() : null;
        if (other == null) {
          continue;
        }
        items++;
        total += e.reports();
        weight.merge(other, (double) e.reports(), Double::sum);
      }
      Map<String, Double> shares = new LinkedHashMap<>();
      List<String> states = new ArrayList<>();
      for (Map.Entry<String, Double> w : weight.entrySet()) {
        double share = w.getValue() / total;
        shares.put(w.getKey(), share);
        if (share >= ThreatProfile.REPORT_THRESHOLD) {
          states.add(w.getKey());
        }
      }
      states.sort(Comparator.comparingDouble((String x) -> -shares.get(x)).thenComparing(x -> x));
      return new Counterparts(List.copyOf(states), shares, items, evidence, total);
    }

    /** "CHN in 4 of 4 report(s) (100%)", per counterpart. */
    String describe() {
      List<String> out = new ArrayList<>();
      for (String st : states) {
        out.add(
            st
                + " in "
                + Math.round(shares.get(st) * total)
                + " of "
                + Math.round(total)
                + " report(s) ("
                + Math.round(shares.get(st) * 100)
                + "%)");
      }
      return String.join(", ", out);
    }

    /**
     * The share of the evidence read (all items, by reports) in which a great power that is not
     * among {@code parties} acts or is acted on: the stored share counted the new parties as
     * outside powers.
     */
    double outsideShare(List<String> parties) {
      CountryTable countries = CountryTable.standard();
      List<String> powers = countries.greatPowers();
      double all = 0;
      double outside = 0;
      for (Evidence e : evidence) {
        all += e.reports();
        Actor a = actor(e.source(), e.sourceName(), countries);
        Actor b = actor(e.target(), e.targetName(), countries);
        if (outsidePower(a, parties, powers) || outsidePower(b, parties, powers)) {
          outside += e.reports();
        }
      }
      return all == 0 ? 0 : Math.round(1000 * outside / all) / 1000.0;
    }

    private static boolean outsidePower(Actor a, List<String> parties, List<String> powers) {
      return a != null
          && a.country() != null
          && powers.contains(a.country())
          && !parties.contains(a.country());
    }

    /** An actor from its stored code (CAMEO-style: country then roles); null when none. */
    private static Actor actor(String code, String name, CountryTable countries) {
      if (code == null || code.isBlank()) {
        return null;
      }
      Actor a = Actor.ofCameoCode(code, name == null ? code : name, countries);
      return a.country() == null ? null : a;
    }
  }

  /**
   * The year whose knowledge base advises the situation: for a closed situation opened before
   * {@code currentYear}, the year before the one it opened; empty (today's) otherwise. The
   * knowledge base dates instruments, members and cases by year only, so the year the situation
   * opened would bring in what came after its warning: the arrangement agreed in answer to it, the
   * case it is itself, a member that joined months later (audit4 H5: the China-Viet Nam situation
   * of May 2014 cited the oil-rig crisis of 2014, its own; the Sulu wave of April 2016 ranked first
   * the arrangement agreed in its answer). The end of the year before is the last time everything
   * the knowledge base holds is known to have come before the warning; what began earlier in the
   * situation's own year is left out, the smaller error.
   */
  public static OptionalInt knowledgeBaseYear(Situation s, int currentYear) {
    return knowledgeBaseYear(s, currentYear, null);
  }

  /**
   * As {@link #knowledgeBaseYear(Situation, int)}, in a store whose data end on {@code dataAsOf}: a
   * situation still open or protracted in a store whose data end in a year before {@code
   * currentYear} is current only as of those data, and is advised as of the year they end (audit4
   * H10). The year they end, not the one before: what the situation can call on is what exists when
   * the data stop, and that year's instruments and members mostly came before its last day; a
   * closed one keeps the year before it opened.
   *
   * @param dataAsOf the newest day the store's data cover, or null (taken as current)
   */
  public static OptionalInt knowledgeBaseYear(Situation s, int currentYear, LocalDate dataAsOf) {
    boolean closed = "closed".equals(s.status()) || s.closed() != null;
    if (closed && s.opened() != null && s.opened().getYear() < currentYear) {
      return OptionalInt.of(s.opened().getYear() - 1);
    }
    if (!closed && dataAsOf != null && dataAsOf.getYear() < currentYear) {
      return OptionalInt.of(dataAsOf.getYear());
    }
    return OptionalInt.empty();
  }

  private static String reason(
      Situation s, OptionalInt year, int currentYear, LocalDate dataAsOf, boolean stale) {
    boolean closed = "closed".equals(s.status()) || s.closed() != null;
    if (year.isPresent() && !closed && stale) {
      return "the situation is "
          + s.status()
          + " but no data on its subject have come since "
          + dataAsOf
          + " (stale), so it is current only as of then and its options are those the region"
          + " had by the end of "
          + year.getAsInt()
          + ", the year its data end";
    }
    if (year.isPresent() && !closed) {
      return "the situation is "
          + s.status()
          + " in a store whose data end on "
          + dataAsOf
          + ", so it is current as of those data and its options are those the region had by the"
          + " end of "
          + year.getAsInt()
          + ", the year the data end";
    }
    if (year.isPresent()) {
      return "the situation closed"
          + (s.closed() == null ? "" : " on " + s.closed())
          + ", so its options are those the region had by the end of "
          + year.getAsInt()
          + ", the year before it opened ("
          + s.opened()
          + "; the knowledge base is dated by year, so nothing of the year it opened is counted)";
    }
    if (s.opened() != null && s.opened().getYear() >= currentYear) {
      return "the situation opened this year (" + s.opened() + ")";
    }
    return "the situation is " + s.status() + ": what can act on it now is what exists now";
  }
}
