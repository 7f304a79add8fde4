package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.amity.event.Actor;
import org.amity.event.CameoCode;
import org.amity.event.Event;
import org.amity.event.Location;
import org.amity.event.QuadClass;
import org.junit.jupiter.api.Test;

class ThemesTest {
  private static Event arrest(Actor police, Actor suspect) {
    return new Event(
        "icews-daily",
        "2018-09-12:test#1",
        LocalDate.of(2018, 9, 12),
        null,
        police,
        suspect,
        CameoCode.of("173"),
        true,
        QuadClass.MATERIAL_CONFLICT,
        -5,
        1,
        1,
        1,
        Double.NaN,
        Location.UNKNOWN,
        null,
        null,
        null);
  }

  private static Actor actor(String country, String type, String name) {
    return new Actor(country + type, name, country, null, null, null, List.of(type));
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
