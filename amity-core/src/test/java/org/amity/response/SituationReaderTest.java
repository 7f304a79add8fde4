package org.amity.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.amity.response.kb.Domain;
import org.amity.response.kb.Stage;
import org.amity.response.kb.ThreatType;
import org.junit.jupiter.api.Test;

class SituationReaderTest {
  @Test
  void readsTheSituationFormatOfTheIssue() {
    SituationProfile s = Situations.of(Situations.SCS);
    assertThat(s.parties()).containsExactly("CHN", "VNM");
    assertThat(s.threatTypes()).containsExactly(ThreatType.INTER_STATE);
    assertThat(s.domain()).isEqualTo(Domain.MARITIME);
    assertThat(s.stage()).isEqualTo(Stage.CRISIS);
    assertThat(s.greatPowerParty()).isTrue();
    assertThat(s.outsidePowerShare()).isEqualTo(0.3);
    assertThat(s.themes()).containsExactly("territory", "energy");
  }

  @Test
  void derivesTheGreatPowerFlagFromThePartiesWhenLeftOut() {
    assertThat(Situations.of(Situations.seaStandoff(null)).greatPowerParty()).isTrue();
    assertThat(Situations.of(Situations.COUP).greatPowerParty()).isFalse();
  }

  @Test
  void rejectsUnknownCountryThreatTypeLevelStageThemeAndField() {
    assertRejected(Situations.SCS.replace("VNM", "XXX"), "unknown ISO3 country code: XXX");
    assertRejected(Situations.SCS.replace("inter-state", "interstate"), "unknown threat type");
    assertRejected(Situations.SCS.replace("\"alert\"", "\"red\""), "unknown level 'red'");
    assertRejected(Situations.SCS.replace("\"crisis\"", "\"war\""), "unknown stage 'war'");
    assertRejected(Situations.SCS.replace("energy", "oil"), "unknown theme 'oil'");
    assertRejected(Situations.SCS.replace("\"domain\"", "\"domian\""), "unknown situation field");
  }

  @Test
  void rejectsInconsistentOrIncompleteSituations() {
    assertRejected(Situations.SCS.replace("true", "false"), "greatPowerParty is false");
    assertRejected(
        Situations.COUP.replace("\"MMR\"]", "\"MMR\"],\"greatPowerParty\":true"),
        "no party is a great power");
    assertRejected(
        Situations.SCS.replace("[\"CHN\",\"VNM\"]", "[\"VNM\"]").replace("true", "false"),
        "at least two parties");
    assertRejected(Situations.SCS.replace("0.3", "1.5"), "outsidePowerShare");
    assertRejected(Situations.SCS.replace("\"level\":\"alert\",", ""), "'level' is required");
    assertRejected("[1,2]", "must be a JSON object");
  }

  private static void assertRejected(String json, String reason) {
    assertThatThrownBy(() -> Situations.of(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason);
  }
}
