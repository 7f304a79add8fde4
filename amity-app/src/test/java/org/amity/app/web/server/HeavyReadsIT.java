package org.amity.app.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.amity.app.web.ApiClient;
import org.amity.app.web.ResponseAdvisor;
import org.amity.app.web.WebFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Heavy reads hold a lane only while they run: failed ones give it back too. */
class HeavyReadsIT {
  @TempDir Path dir;

  @Test
  void heavyReadsThatFailGiveTheirLaneBack() throws Exception {
    try (WebFixture web = new WebFixture(dir, ResponseAdvisor.absent())) {
      ApiClient api = new ApiClient(web.baseUrl());
      assertThat(api.signIn("viewer", WebFixture.PASSWORD).status()).isEqualTo(200);
      // four read connections give three heavy lanes; ten refused reads must not keep any
      for (int i = 0; i < 10; i++) {
        assertThat(api.get("/api/v1/events?nonsense=1").status()).isEqualTo(400);
      }
      assertThat(api.get("/api/v1/events?limit=5").status()).isEqualTo(200);
      assertThat(api.get("/api/v1/alerts").status()).isEqualTo(200);
    }
  }

  @Test
  void namesTheRoutesThatMayScanMuchOfTheStore() {
    assertThat(HeavyReads.heavy("/api/v1/events")).isTrue();
    assertThat(HeavyReads.heavy("/api/v1/series/catalog")).isTrue();
    assertThat(HeavyReads.heavy("/api/v1/alerts")).isFalse();
    assertThat(HeavyReads.heavy("/api/v1/eventsx")).isFalse();
  }
}
