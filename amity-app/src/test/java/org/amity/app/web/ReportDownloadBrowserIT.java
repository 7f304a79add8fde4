package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.amity.app.report.ReportFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The situation page's "Download report" link in headless Chromium: the browser saves the PDF,
 * which reads back with the situation's title and its timeline (and no track II participant's
 * name).
 */
class ReportDownloadBrowserIT {
  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    HeadlessBrowser.assumeInstalled();
    web = new WebFixture(Files.createDirectories(dir.resolve("web")), ResponseAdvisor.absent());
    ReportFixture.plant(web.store());
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  @Test
  void downloadsTheSituationReportFromTheSituationPage() throws Exception {
    Path downloads = Files.createDirectories(dir.resolve("downloads"));
    try (HeadlessBrowser headless =
        HeadlessBrowser.open(
            1280,
            1000,
            options ->
                options.setExperimentalOption(
                    "prefs",
                    Map.of(
                        "download.default_directory", downloads.toString(),
                        "download.prompt_for_download", false,
                        "safebrowsing.enabled", false)))) {
      ChromeDriver browser = headless.driver();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
      headless.signIn(web, "viewer");
      browser.get(web.baseUrl() + "/situation.html?id=2");
      var link = wait.until(ExpectedConditions.elementToBeClickable(By.id("report-pdf")));
      assertThat(link.getAttribute("href")).endsWith("/api/v1/situations/2/report?format=pdf");
      link.click();
      Path pdf = downloads.resolve("amity-situation-2.pdf");
      wait.until(d -> Files.exists(pdf) && sizeOf(pdf) > 0);
      String text = ReportFixture.text(Files.readAllBytes(pdf)).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("China-Philippines: Scarborough Shoal standoff")
          .contains(ReportFixture.CONSULTATION)
          .doesNotContain(ReportFixture.NAME);
    }
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
