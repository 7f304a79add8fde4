package org.amity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amity.response.Label;
import org.amity.response.Lens;
import org.amity.response.PrecedentSource;
import org.amity.response.RankedOption;
import org.amity.response.Recommendation;
import org.amity.response.kb.KnowledgeBase;
import org.amity.signal.Alert;
import org.amity.signal.Evidence;
import org.amity.signal.EvidenceRecord;
import org.amity.signal.EvidenceRecords;
import org.amity.signal.Level;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;
import org.amity.signal.SignalReader;
import org.amity.signal.Situation;
import org.junit.jupiter.api.Test;

/**
 * audit2 D14: a country's situation whose evidence is between states had one party, so every option
 * asked only that country's consent (Viet Nam, May 2014, its evidence against China). The states on
 * the other side of a material share of its inter-state evidence are now parties too. On the old
 * code the profile's parties were [VNM] and the Chair's facilitation needed only VNM.
 */
class SituationPartiesFromEvidenceTest {
  private static final KnowledgeBase KB = KnowledgeBase.standard();

  static Evidence item(String source, String target, String code, int reports) {
    return Evidence.described(
        LocalDate.of(2014, 5, 14),
        source,
        null,
        target,
        null,
        code,
        -5,
        reports,
        null,
        "icews-daily",
        "x",
        null,
        null);
  }

  static Situation vietNam(List<String> types) {
    return new Situation(
        9,
        Scope.COUNTRY,
        "VNM",
        "Vietnam: inter-state tension (protest)",
        Level.WARNING,
        "closed",
        LocalDate.of(2014, 5, 13),
        LocalDate.of(2014, 5, 22),
        LocalDate.of(2014, 5, 22),
        List.of("VNM"),
        types,
        Map.of(),
        "land",
        "post-crisis",
        false,
        0.55,
        false,
        List.of("protest"),
        List.of(6L));
  }

  /** A signal reader that knows one alert with this evidence (and answers nothing else). */
  static SignalReader reader(List<Evidence> evidence) {
    return reader(6, evidence, null);
  }

  /**
   * A signal reader that knows one alert with this evidence, each item standing for one stored row
   * placed at {@code seaArea} (empty: with coordinates on land; null: a row with no place at all,
   * as ICEWS daily rows are).
   */
  static SignalReader reader(long alertId, List<Evidence> evidence, String seaArea) {
    Alert a =
        new Alert(
            alertId,
            9L,
            Level.WARNING,
            Level.WARNING,
            "closed",
            Scope.COUNTRY,
            "VNM",
            List.of("inter-state"),
            Map.of("inter-state", 1.0),
            LocalDate.of(2014, 5, 13),
            LocalDate.of(2014, 5, 22),
            LocalDate.of(2014, 5, 22),
            "conflict",
            Resolution.DAY,
            LocalDate.of(2014, 5, 13),
            LocalDate.of(2014, 5, 13),
            10,
            1,
            5,
            false,
            0.55,
            null,
            evidence);
    return (SignalReader)
        Proxy.newProxyInstance(
            SignalReader.class.getClassLoader(),
            new Class<?>[] {SignalReader.class},
            (proxy, method, args) -> {
              if (method.getName().equals("alert")) {
                return ((Long) args[0]) == alertId ? Optional.of(a) : Optional.empty();
              }
              if (method.getName().equals("freshness")) {
                // the store's data as current: today's knowledge base for an open situation
                return org.amity.signal.Freshness.EMPTY;
              }
              if (method.getName().equals("evidenceRecords")) {
                Evidence e = evidence.get((Integer) args[1] - 1);
                return new EvidenceRecords(
                    alertId,
                    (Integer) args[1],
                    e,
                    "",
                    null,
                    List.of(
                        new EvidenceRecord(
                            true,
                            e.date(),
                            e.dataset(),
                            e.nativeId(),
                            e.source(),
                            e.target(),
                            e.sourceName(),
                            e.targetName(),
                            e.code(),
                            e.description(),
                            e.goldstein(),
                            null,
                            null,
                            null,
                            seaArea == null || seaArea.isEmpty() ? null : seaArea,
                            seaArea == null ? null : 10.0,
                            seaArea == null ? null : 112.0,
                            1,
                            null,
                            null,
                            null)));
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  static List<Evidence> oilRigMay2014() {
    List<Evidence> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      out.add(item("VNMGOV", "CHNGOV", "190", 1));
    }
    for (int i = 0; i < 3; i++) {
      out.add(item("VNMOPP", "CHNGOV", "145", 1));
    }
    out.add(item("VNMBUS", "CHNGOV", "141", 1));
    return out;
  }

  private static Recommendation advise(Situation s, SignalReader signals) {
    return SituationAdvice.recommend(
        s, signals, KB, PrecedentSource.NONE, Lens.BROAD, Label.PD, 2026);
  }

  @Test
  void theOtherSideOfACountrysInterStateEvidenceIsAParty() {
    Recommendation r = advise(vietNam(List.of("inter-state")), reader(oilRigMay2014()));
    assertThat(r.situation().parties()).containsExactly("VNM", "CHN");
    assertThat(r.situation().greatPowerParty()).isTrue();
    // the stored 55% counted China as an outside power; with China a party none is left
    assertThat(r.situation().outsidePowerShare()).isZero();
    assertThat(r.notes().get(0))
        .startsWith("CHN taken as a party")
        .contains("CHN in 4 of 4 report(s) (100%)");
    RankedOption chair =
        r.options().stream()
            .filter(o -> o.instrument().id().equals("asean-chair"))
            .findFirst()
            .orElseThrow();
    assertThat(chair.consentRequired()).contains("VNM", "CHN");
  }

  @Test
  void aStrayExchangeWithAThirdStateDoesNotMakeAParty() {
    List<Evidence> evidence = new ArrayList<>(oilRigMay2014());
    for (int i = 0; i < 6; i++) {
      evidence.add(item("CHNGOV", "VNMGOV", "172", 1));
    }
    evidence.add(item("VNMGOV", "THAGOV", "112", 1)); // 1 of 11 reports: under a fifth
    Recommendation r = advise(vietNam(List.of("inter-state")), reader(evidence));
    assertThat(r.situation().parties()).containsExactly("VNM", "CHN");
  }

  @Test
  void aPartyThatIsNoGreatPowerLeavesTheStoredOutsideShare() {
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      evidence.add(item("VNMGOV", "KHMGOV", "190", 1));
    }
    Recommendation r = advise(vietNam(List.of("inter-state")), reader(evidence));
    assertThat(r.situation().parties()).containsExactly("VNM", "KHM");
    assertThat(r.situation().outsidePowerShare()).isEqualTo(0.55);
    assertThat(r.notes().get(0)).startsWith("KHM taken as a party").doesNotContain("outside");
  }

  @Test
  void aSituationInsideAStateKeepsItsOneParty() {
    Recommendation r = advise(vietNam(List.of("intra-state")), reader(oilRigMay2014()));
    assertThat(r.situation().parties()).containsExactly("VNM");
    // and without the evidence the profile is the stored facts' (the old path)
    Recommendation bare = advise(vietNam(List.of("inter-state")), null);
    assertThat(bare.situation().parties()).containsExactly("VNM");
  }
}
