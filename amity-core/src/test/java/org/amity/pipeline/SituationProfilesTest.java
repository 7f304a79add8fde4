package org.amity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.amity.response.kb.ThreatType;
import org.amity.signal.Scope;
import org.junit.jupiter.api.Test;

/** The threat type the recommender assumes for a situation whose evidence could not be typed. */
class SituationProfilesTest {
  @Test
  void aConflictAreaIsAnIntraStateSubjectLikeItsCountry() {
    assertThat(SituationProfiles.fallback(Scope.THEATRE)).isEqualTo(ThreatType.INTRA_STATE);
    assertThat(SituationProfiles.fallback(Scope.COUNTRY)).isEqualTo(ThreatType.INTRA_STATE);
    assertThat(SituationProfiles.fallback(Scope.DYAD)).isEqualTo(ThreatType.INTER_STATE);
    assertThat(SituationProfiles.fallback(Scope.AREA)).isEqualTo(ThreatType.TRANS_STATE);
  }
}
