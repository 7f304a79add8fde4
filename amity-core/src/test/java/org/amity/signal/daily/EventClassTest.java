package org.amity.signal.daily;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.amity.event.Actor;
import org.amity.event.CameoCode;
import org.amity.event.Event;
import org.amity.event.Fatalities;
import org.amity.event.Location;
import org.amity.event.QuadClass;
import org.amity.signal.DetectorConfig;
import org.junit.jupiter.api.Test;

class EventClassTest {
  private static Event report(String code, QuadClass quad, Fatalities dead) {
    return new Event(
        "acled",
        code + "-" + dead,
        LocalDate.of(2019, 9, 23),
        null,
        new Actor("IDNCOP", null, "IDN", null, null, null, List.of("COP")),
        new Actor("IDNOPP", null, "IDN", null, null, null, List.of("OPP")),
        CameoCode.of(code),
        true,
        quad,
        -10,
        1,
        1,
        1,
        Double.NaN,
        Location.UNKNOWN,
        null,
        null,
        null,
        dead);
  }

  @Test
  void aDeathsLensIsExplainedByReportsOfDeathsAndAnAbductionsLensByAbductions() {
    DetectorConfig shipped = DetectorConfig.standard();
    assertThat(EventClass.of(shipped.spec("fatalities_month").orElseThrow()))
        .isEqualTo(EventClass.DEADLY);
    assertThat(EventClass.of(shipped.spec("theatre_fatalities_month").orElseThrow()))
        .isEqualTo(EventClass.DEADLY);
    assertThat(EventClass.of(shipped.spec("sea_abductions_4w").orElseThrow()))
        .isEqualTo(EventClass.ABDUCTION);
    assertThat(EventClass.of(shipped.spec("conflict_7d").orElseThrow()))
        .isEqualTo(EventClass.CONFLICT);
  }

  @Test
  void aReportIsDeadlyOnlyWhenItsSourceCountsSomeoneKilled() {
    int shooting =
        EventClass.of(report("190", QuadClass.MATERIAL_CONFLICT, new Fatalities(2, 2, 2)));
    int protest = EventClass.of(report("140", QuadClass.VERBAL_CONFLICT, new Fatalities(0, 0, 0)));
    int uncounted = EventClass.of(report("190", QuadClass.MATERIAL_CONFLICT, null));
    assertThat(shooting & EventClass.DEADLY.bit()).isNotZero();
    assertThat(protest & EventClass.DEADLY.bit()).isZero();
    assertThat(uncounted & EventClass.DEADLY.bit()).isZero();
    assertThat(shooting & EventClass.ALL.bit()).isNotZero();
  }

  @Test
  void anAbductionIsInTheAbductionsClassAndAnAttackIsNot() {
    int taken = EventClass.of(report("181", QuadClass.MATERIAL_CONFLICT, null));
    int attack = EventClass.of(report("190", QuadClass.MATERIAL_CONFLICT, null));
    assertThat(taken & EventClass.ABDUCTION.bit()).isNotZero();
    assertThat(attack & EventClass.ABDUCTION.bit()).isZero();
  }
}
