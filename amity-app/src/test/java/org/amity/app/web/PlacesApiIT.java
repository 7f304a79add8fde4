package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amity.app.web.ApiClient.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sea areas as GeoJSON and a situation's located events with words, over real HTTP. */
class PlacesApiIT {
  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, ResponseAdvisor.absent());
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  static ApiClient viewer() throws Exception {
    return web.signedIn("viewer");
  }

  @Test
  void theThreeSeaAreasComeAsClosedLongitudeLatitudePolygons() throws Exception {
    JsonNode geo = viewer().get("/api/v1/sea-areas").body();
    assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
    List<String> names = new ArrayList<>();
    for (JsonNode f : geo.get("features")) {
      names.add(f.at("/properties/name").asText());
      JsonNode ring = f.at("/geometry/coordinates/0");
      assertThat(ring.size()).isGreaterThan(4);
      assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
      for (JsonNode v : ring) {
        assertThat(v.get(0).asDouble()).as("longitude first").isBetween(90.0, 130.0);
        assertThat(v.get(1).asDouble()).as("latitude second").isBetween(-5.0, 25.0);
      }
    }
    assertThat(names)
        .containsExactlyInAnyOrder(
            "South China Sea", "Sulu and Celebes Seas", "Malacca and Singapore Straits");
  }

  @Test
  void aDyadsPlacesAreItsLocatedConflictEventsWithWhatAndWho() throws Exception {
    Reply r = viewer().get("/api/v1/situations/2/places");
    assertThat(r.status()).isEqualTo(200);
    JsonNode body = r.body();
    assertThat(body.get("matched").asInt()).isEqualTo(3);
    assertThat(body.get("withoutCoordinates").asInt()).isEqualTo(1);
    JsonNode points = body.get("points");
    assertThat(points).hasSize(2);
    JsonNode newest = points.get(0);
    assertThat(newest.get("date").asText()).isEqualTo("2014-05-14");
    JsonNode seized = points.get(1);
    assertThat(seized.get("lat").asDouble()).isEqualTo(15.15);
    assertThat(seized.get("lon").asDouble()).isEqualTo(117.76);
    assertThat(seized.get("place").asText()).isEqualTo("Scarborough Shoal");
    assertThat(seized.get("what").asText()).isNotBlank().doesNotContain("171");
    assertThat(seized.get("sourceName").asText()).contains("China");
    assertThat(seized.get("targetName").asText()).contains("Philippines");
  }

  @Test
  void aCountrysPlacesIncludeCentroidsMarkedAsSuch() throws Exception {
    JsonNode points = viewer().get("/api/v1/situations/1/places").body().get("points");
    assertThat(points).hasSize(3);
    assertThat(points.get(0).get("centroidOnly").asBoolean()).isTrue();
  }

  @Test
  void anUnknownSituationIs404() throws Exception {
    assertThat(viewer().get("/api/v1/situations/999/places").status()).isEqualTo(404);
  }
}
