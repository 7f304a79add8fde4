package org.amity.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.amity.response.kb.Domain;
import org.amity.response.kb.Level;
import org.amity.response.kb.Stage;
import org.amity.response.kb.Theme;
import org.amity.response.kb.ThreatType;
import org.amity.testing.PropertySeed;

/** The hard rules hold for any valid situation, not only the ones written by hand. */
class RecommenderPropertiesTest {
  private static final List<String> POOL =
      List.of(
          "IDN", "MYS", "PHL", "VNM", "THA", "KHM", "MMR", "SGP", "BRN", "LAO", "TLS", "CHN", "USA",
          "BGD", "AUS");

  @Property(tries = 300, seed = PropertySeed.VALUE)
  void hardRulesHoldForAnySituation(
      @ForAll("situations") SituationProfile s, @ForAll Lens lens, @ForAll Label label) {
    Recommendation r = Situations.RECOMMENDER.recommend(s, lens, label);
    for (RankedOption o : r.options()) {
      assertThat(Situations.KB.getMeasure(o.measure().id()).coercive()).isFalse();
      assertThat(o.principles()).noneMatch(p -> p.result() == CheckResult.FAIL);
      assertThat(o.score()).isBetween(0.0, 1.0);
      if (s.is(ThreatType.INTRA_STATE)) {
        assertThat(o.consentRequired()).containsAll(s.parties());
      }
      if (s.greatPowerParty() || s.outsidePowerShare() > 0) {
        assertThat(o.factors().greatPower()).isLessThan(1);
      }
    }
    boolean anyUsable = r.options().stream().anyMatch(o -> o.readiness().level().usable());
    if (anyUsable) {
      assertThat(r.options().get(0).readiness().level().usable()).isTrue();
    }
    assertThat(r.excluded())
        .anyMatch(e -> e.principlesBroken().contains("principle 2 (Non-coercion)"));
  }

  @Provide
  Arbitrary<SituationProfile> situations() {
    Arbitrary<List<String>> parties =
        Arbitraries.of(POOL).list().ofMinSize(1).ofMaxSize(4).uniqueElements();
    Arbitrary<Set<ThreatType>> types =
        Arbitraries.of(ThreatType.class).set().ofMinSize(1).ofMaxSize(2);
    Arbitrary<List<String>> themes =
        Arbitraries.of(Situations.KB.listThemes().stream().map(Theme::id).toList())
            .list()
            .ofMaxSize(3)
            .uniqueElements();
    return Combinators.combine(
            parties,
            types,
            Arbitraries.of(Domain.class),
            Arbitraries.of(Level.class),
            Arbitraries.of(Stage.class),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.of(true, false),
            themes)
        .as((p, t, d, l, st, share, hum, th) -> build(p, t, d, l, st, share, hum, th))
        .filter(s -> s != null);
  }

  private static SituationProfile build(
      List<String> parties,
      Set<ThreatType> types,
      Domain d,
      Level l,
      Stage st,
      double share,
      boolean hum,
      List<String> themes) {
    if (types.contains(ThreatType.INTER_STATE) && parties.size() < 2) {
      return null;
    }
    return new SituationProfile(
        "",
        new ArrayList<>(parties),
        types,
        d,
        l,
        st,
        !SituationProfile.greatPowersAmong(parties).isEmpty(),
        share,
        hum,
        themes,
        Set.of());
  }
}
