package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The forecasts page in headless Chromium, signed in as a viewer: the run in words, its scores
 * beside the base rate, the reliability chart (points, diagonal, bin counts) and the forecasts by
 * country name; and, on a store without forecasts, how to make one. Screenshots:
 * target/screenshots/forecasts-*.png.
 */
class ForecastsBrowserIT {
  static final Path SHOTS = Path.of("target", "screenshots");
  @TempDir static Path dir;
  static WebFixture planted;
  static WebFixture empty;

  @BeforeAll
  static void start() throws Exception {
    HeadlessBrowser.assumeInstalled();
    planted =
        new WebFixture(Files.createDirectories(dir.resolve("planted")), ResponseAdvisor.absent());
    // stored first, so the evaluated one-year run stays the newest the page opens on
    ForecastFixture.plantTwoYears(planted.store());
    ForecastFixture.plant(planted.store());
    empty = new WebFixture(Files.createDirectories(dir.resolve("empty")), ResponseAdvisor.absent());
  }

  @AfterAll
  static void stop() {
    if (planted != null) {
      planted.close();
    }
    if (empty != null) {
      empty.close();
    }
  }

  @Test
  void aViewerReadsTheForecastItsScoresAndItsReliabilityChart() throws Exception {
    try (HeadlessBrowser b = HeadlessBrowser.open(1400, 1000)) {
      b.signIn(planted, "viewer");
      b.driver().findElement(By.cssSelector("nav a[data-page='forecasts']")).click();
      b.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("run-card")));
      b.await()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("forecasts"), "Burma/Myanmar"));
      String meaning = b.driver().findElement(By.id("run-meaning")).getText();
      assertThat(meaning).contains("mass killing").contains("in 2025");
      String forecasts = b.driver().findElement(By.id("forecasts")).getText();
      assertThat(forecasts).contains("Indonesia").contains("8.1%").contains("5.0% to 12%");
      assertThat(forecasts).doesNotContain("IDN").doesNotContain("MMR");
      assertThat(forecasts)
          .as("Myanmar's 8.1% sits in the backtest's bin of 5% to 10%")
          .contains("Past forecasts at this level")
          .contains("4 of 106 came true (3.8%), forecasts of 5.0% to 10%");
      String scores = b.driver().findElement(By.id("scores")).getText();
      assertThat(scores)
          .contains("Base rate")
          .contains("Brier score (lower is better)")
          .contains("0.00760")
          .contains("0.00770")
          .contains("published");
      assertThat(b.driver().findElement(By.id("versus")).getText()).contains("better");
      @SuppressWarnings("unchecked")
      List<String> texts =
          (List<String>)
              ((JavascriptExecutor) b.driver())
                  .executeScript(
                      "return [...document.querySelectorAll('#reliability-chart svg text')]"
                          + ".map(t => t.textContent);");
      assertThat(texts).contains("perfect calibration", "this model");
      assertThat(texts)
          .as("no n= labels on the points: the low bins' labels printed over each other")
          .noneMatch(t -> t.startsWith("n="));
      assertThat(b.driver().findElement(By.id("reliability-table")).getAttribute("textContent"))
          .contains("2075")
          .contains("992");
      long paths =
          (Long)
              ((JavascriptExecutor) b.driver())
                  .executeScript(
                      "return document.querySelectorAll('#reliability-chart svg path').length;");
      assertThat(paths).as("diagonal, lines and point symbols drawn").isGreaterThan(5);
      b.screenshot(SHOTS, "forecasts-run.png");
    }
  }

  @Test
  void aRunWithoutItsTrackRecordSaysSoInItsReliabilityPanelAndEwpsRankStandsBesideIt()
      throws Exception {
    boolean ewpFile =
        org.amity.ingest.SharedData.find(
                org.amity.app.json.ForecastYear.EWP_FILE, ForecastsBrowserIT.class)
            != null;
    try (HeadlessBrowser b = HeadlessBrowser.open(1400, 1000)) {
      b.signIn(planted, "viewer");
      b.driver().get(planted.baseUrl() + "/forecasts.html?run=" + ForecastFixture.RUN_TWO_YEARS);
      b.await()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("forecasts"), "Burma/Myanmar"));
      assertThat(b.driver().findElement(By.id("reliability-chart")).getText())
          .contains("stored without its track record");
      assertThat(b.driver().findElements(By.cssSelector("#reliability-chart svg"))).isEmpty();
      String forecasts = b.driver().findElement(By.id("forecasts")).getText();
      if (ewpFile) {
        // EWP's file: Myanmar 1st of 168 (10.4%), Indonesia 12th (4.8%) for 2025 or 2026
        assertThat(forecasts)
            .contains("EWP rank, 2025-2026")
            .contains("1 of 168 (10%)")
            .contains("12 of 168 (4.8%)");
      } else {
        assertThat(forecasts).contains("not available here").doesNotContain("EWP rank");
      }
    }
  }

  @Test
  void withoutForecastsThePageSaysHowToMakeOne() throws Exception {
    try (HeadlessBrowser b = HeadlessBrowser.open(1400, 900)) {
      b.signIn(empty, "viewer");
      b.driver().get(empty.baseUrl() + "/forecasts.html");
      b.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("no-runs")));
      assertThat(b.driver().findElement(By.id("no-runs")).getText())
          .contains("amity forecast train --target ewp --evaluate");
      assertThat(b.driver().findElement(By.id("run-card")).isDisplayed()).isFalse();
      b.screenshot(SHOTS, "forecasts-empty.png");
    }
  }
}
