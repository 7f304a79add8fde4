package org.amity.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventTypeMapTest {
  @Test
  void loadsTheThreeShippedMappingsAgainstTheCameoCodebook() {
    assertThat(EventTypeMap.load("/org/amity/ingest/acled-event-types.tsv").size()).isEqualTo(40);
    assertThat(EventTypeMap.load("/org/amity/ingest/ucdp-violence-types.tsv").size()).isEqualTo(3);
    assertThat(EventTypeMap.load("/org/amity/ingest/plover-event-types.tsv").size())
        .isGreaterThan(50);
  }

  @Test
  void fallsBackToTheTypesStarRowForAnUnlistedSubtypeButNotForAnUnknownType() {
    EventTypeMap m = EventTypeMap.load("/org/amity/ingest/plover-event-types.tsv");
    assertThat(m.find("assault", "Firearms").orElseThrow().code().code()).isEqualTo("193");
    assertThat(m.find("ASSAULT", "catapult").orElseThrow().code().code()).isEqualTo("180");
    assertThat(m.find("ASSAULT", null).orElseThrow().code().code()).isEqualTo("180");
    assertThat(m.find("WEATHER", "rain")).isEmpty();
  }
}
