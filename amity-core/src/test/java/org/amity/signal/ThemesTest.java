package org.amity.signal;

import static org.amity.testing.CodedEvents.actor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.amity.event.Actor;
import org.amity.event.Event;
import org.amity.event.QuadClass;
import org.amity.testing.CodedEvents;
import org.junit.jupiter.api.Test;

class ThemesTest {
  private static Event arrest(Actor police, Actor suspect) {
    return CodedEvents.between(
        "icews-daily",
        LocalDate.of(2018, 9, 12),
        police,
        suspect,
        "173",
        QuadClass.MATERIAL_CONFLICT,
        -5);
  }

  @Test
  void aCountrysPoliceArrestingItsOwnCriminalsIsNotTrafficking() {
    // ICEWS 2018: "Police (Thailand)" arrest "Criminal (Thailand)": the Thai alert of September
    // 2018 was titled "trafficking" from such rows
    Event e = arrest(actor("THA", "COP", "Police (Thailand)"), actor("THA", "CRM", "Criminal"));
    assertThat(Themes.of(e)).doesNotContain("trafficking");
  }

  @Test
  void crimeAcrossABorderIsStillTrafficking() {
    Event e =
        arrest(
            actor("MYS", "COP", "Police (Malaysia)"), actor("IDN", "CRM", "Smuggler (Indonesia)"));
    assertThat(Themes.of(e)).contains("trafficking");
  }
}
