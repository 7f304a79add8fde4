package org.amity.ingest.maritime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttackTypeTest {
  @Test
  void classifiesNarrativesByTheMostSeriousOutcome() {
    assertThat(AttackType.classify("Gunmen boarded the tug and kidnapped seven crew members."))
        .isEqualTo(AttackType.KIDNAPPING);
    assertThat(AttackType.classify("Pirates hijacked the tanker and took the crew hostage."))
        .isEqualTo(AttackType.HIJACKING);
    assertThat(AttackType.classify("Vessel fired upon while underway; pirates approached."))
        .isEqualTo(AttackType.FIRED_UPON);
    assertThat(AttackType.classify("Four robbers boarded an anchored tanker and stole stores."))
        .isEqualTo(AttackType.BOARDING);
    assertThat(AttackType.classify("Pirates attempted to board but the crew repelled them."))
        .isEqualTo(AttackType.ATTEMPTED);
    assertThat(AttackType.classify("A skiff approached to within 1 NM and turned away."))
        .isEqualTo(AttackType.SUSPICIOUS_APPROACH);
    assertThat(AttackType.classify("Damage by underwater explosion, possible mine."))
        .isEqualTo(AttackType.EXPLOSION);
    assertThat(AttackType.classify("Possible mothership activity in this area."))
        .isEqualTo(AttackType.UNKNOWN);
    assertThat(AttackType.classify(null)).isEqualTo(AttackType.UNKNOWN);
  }

  @Test
  void takesNothingStolenForNoRobbery() {
    assertThat(
            AttackType.classify(
                "A robber attempted to board; the alarm was raised and nothing" + " was stolen."))
        .isEqualTo(AttackType.ATTEMPTED);
    assertThat(AttackType.classify("Robbers escaped with ship's stores. Items stolen."))
        .isEqualTo(AttackType.BOARDING);
  }

  @Test
  void readsAWarningOfKidnapAsNoKidnapping() {
    String advisory =
        "Two robbers attempted to board a tug; the crew raised the alarm. Masters are warned of"
            + " the risk of hostage taking and kidnap in these waters.";
    assertThat(AttackType.classify(advisory)).isEqualTo(AttackType.ATTEMPTED);
    assertThat(AttackType.reportsKidnapping(advisory, null)).isFalse();
    assertThat(AttackType.reportsKidnapping("Robbers boarded and kidnapped the oiler.", null))
        .isTrue();
    assertThat(AttackType.classify("Pirates tried to hijack the coaster but were driven off."))
        .isEqualTo(AttackType.ATTEMPTED);
  }

  @Test
  void mapsImbLabelsAndCameoCodes() {
    assertThat(AttackType.ofImbLabel("Boarded")).contains(AttackType.BOARDING);
    assertThat(AttackType.ofImbLabel("Boarding")).contains(AttackType.BOARDING);
    assertThat(AttackType.ofImbLabel("Fired Upon")).contains(AttackType.FIRED_UPON);
    assertThat(AttackType.ofImbLabel("Suspicious")).contains(AttackType.SUSPICIOUS_APPROACH);
    assertThat(AttackType.ofImbLabel("Sunk")).isEmpty();
    assertThat(AttackType.KIDNAPPING.cameo()).isEqualTo("181");
    assertThat(AttackType.BOARDING.cameo()).isEqualTo("171");
    assertThat(AttackType.SUSPICIOUS_APPROACH.cameo()).isEqualTo("150");
  }
}
