package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The overview on a store whose watch has run and whose situations have all closed (audit3 G11): it
 * says so and links to them, instead of telling the analyst to run a detector that has run.
 */
class NoOpenSituationBrowserIT {
  @TempDir static Path dir;
  static WebFixture closed;

  @BeforeAll
  static void start() throws Exception {
    HeadlessBrowser.assumeInstalled();
    closed =
        new WebFixture(Files.createDirectories(dir.resolve("closed")), ResponseAdvisor.absent());
    try (Statement s =
        ((DuckDbStorage) closed.store()).eventStore().connection().createStatement()) {
      s.execute(
          "UPDATE alerts SET status = 'closed', closed = opened + 30 WHERE status <> 'closed'");
      s.execute(
          "UPDATE situations SET status = 'closed', closed = opened + 30 WHERE status <> 'closed'");
    }
  }

  @AfterAll
  static void stop() {
    if (closed != null) {
      closed.close();
    }
  }

  @Test
  void withEverySituationClosedTheOverviewSaysSoAndLinksToThemRatherThanAskingForAWatch() {
    try (HeadlessBrowser b = HeadlessBrowser.open(1280, 1000)) {
      b.signIn(closed, "viewer");
      b.await()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("situations"), "No open situation"));
      String text = b.driver().findElement(By.id("situations")).getText();
      assertThat(text)
          .contains("every situation the watch found has closed or is protracted")
          .doesNotContain("Run the detector");
      assertThat(
              b.driver()
                  .findElement(By.cssSelector("#situations a[href='/situations.html?status=all']"))
                  .getText())
          .isEqualTo("See all situations");
    }
  }
}
