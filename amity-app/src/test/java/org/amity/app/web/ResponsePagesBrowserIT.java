package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.amity.response.track2.Track2Meeting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The response pages in headless Chromium (as {@link DashboardBrowserIT}): an analyst adds a
 * timeline entry on the situation page and sees it as a mark on the chart; the gap page and the
 * track II page render without console errors, and only the convenor sees participants.
 */
class ResponsePagesBrowserIT {
  static final String NAME = "Perpetua Wobblethwaite";

  @TempDir static Path dir;
  static WebFixture web;
  HeadlessBrowser headless;
  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    HeadlessBrowser.assumeInstalled();
    Files.createDirectories(DashboardBrowserIT.SHOTS);
    web = new WebFixture(dir, new FixtureAdvisor()); // the situation page asks the recommender
    web.store()
        .track2()
        .add(
            new Track2Meeting(
                0,
                LocalDate.parse("2014-05-15"),
                "Study group on incidents at sea",
                List.of("a regional think-tank network"),
                8,
                Map.of("academic", 5, "think-tank", 3),
                List.of("coast guards lack a common channel"),
                List.of(
                    new Track2Meeting.Recommendation(
                        0, "a coast-guard hotline", "submitted", List.of())),
                List.of(NAME)),
            "convenor",
            "127.0.0.1");
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  @BeforeEach
  void openBrowser() {
    headless =
        HeadlessBrowser.open(
            1280,
            1000,
            options -> options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL")));
    browser = headless.driver();
    wait = headless.await();
  }

  @AfterEach
  void closeBrowser() {
    if (headless != null) {
      headless.close();
    }
  }

  void signIn(String role) {
    headless.signIn(web, role);
    browser.manage().logs().get(LogType.BROWSER); // the sign-in page's expected 401 is not ours
  }

  /** Console errors since the last call (a missing favicon is not the page's fault). */
  List<String> consoleErrors() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(m -> !m.contains("favicon"))
        .toList();
  }

  @SuppressWarnings("unchecked")
  List<String> chartTexts() {
    return (List<String>)
        ((JavascriptExecutor) browser)
            .executeScript(
                "return [...document.querySelectorAll('#chart svg text')].map(t => t.textContent);");
  }

  void screenshot(String name) throws IOException {
    File f = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(
        f.toPath(),
        DashboardBrowserIT.SHOTS.resolve(name),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void anAnalystAddsAConsultationAndSeesItOnTheChartAndInTheTimeline() throws Exception {
    signIn("analyst");
    browser.get(web.baseUrl() + "/situation.html?id=1");
    wait.until(d -> d.findElement(By.id("chart-note")).getText().contains("points of"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "Warning raised"));
    assertThat(chartTexts()).doesNotContain("consultation");
    // audit6 J11: a text field showing YYYY-MM-DD, not a date input in the browser's locale
    assertThat(browser.findElement(By.id("tl-date")).getAttribute("type")).isEqualTo("text");
    assertThat(browser.findElement(By.id("tl-date")).getAttribute("value"))
        .matches("\\d{4}-\\d{2}-\\d{2}");
    new Select(browser.findElement(By.id("tl-kind"))).selectByValue("consultation");
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('tl-date').value = '2014-05-10';");
    browser.findElement(By.id("tl-body")).sendKeys("asean-fmm");
    new Select(browser.findElement(By.id("tl-track"))).selectByValue("1");
    browser.findElement(By.id("tl-text")).sendKeys("Ministers met on the unrest");
    browser.findElement(By.cssSelector("#timeline-add button[type=submit]")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("timeline"), "Ministers met on the unrest"));
    String timeline = browser.findElement(By.id("timeline")).getText();
    assertThat(timeline)
        .contains("Consultation (track I, officials) in asean-fmm")
        .contains("recorded by analyst")
        .contains("recorded by the Amity watch");
    wait.until(d -> chartTexts().contains("consultation"));
    assertThat(consoleErrors()).isEmpty();
    screenshot("situation-timeline.png");
  }

  @Test
  void theGapPageShowsFiguresAndTheUnansweredWarningsOldestFirst() throws Exception {
    signIn("viewer");
    browser.get(web.baseUrl() + "/gap.html");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("gap-figures"), "warnings raised"));
    assertThat(browser.findElement(By.id("gap-figures")).getText())
        .contains("answered within 30 days", "median from first warning to first consultation");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("unanswered"), "China-Philippines: Scarborough Shoal standoff"));
    assertThat(browser.findElement(By.id("unanswered")).getText())
        .contains(
            "Its first alert to reach warning level or above opened on 2014-04-10 (highest level"
                + " reached: warning)")
        .doesNotContain("The Amity watch raised");
    assertThat(browser.findElement(By.id("by-type")).getText())
        .as("columns in words, not the JSON's keys")
        .contains("warnings")
        .doesNotContain("answered90");
    // audit6 J13: the columns in one order, warnings first, whatever order the rows hold them in
    @SuppressWarnings("unchecked")
    List<String> heads =
        (List<String>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return [...document.querySelectorAll('#by-type th[scope=col]')]"
                        + ".map(t => t.textContent);");
    assertThat(heads.get(0)).isEqualTo("Threat type");
    assertThat(heads.get(1)).isEqualTo("warnings");
    assertThat(consoleErrors()).isEmpty();
    screenshot("gap.png");
  }

  @Test
  void theTrackTwoPageShowsRecommendationsWithStatusAndOnlyTheConvenorSeesNames() throws Exception {
    signIn("analyst");
    browser.get(web.baseUrl() + "/track2.html");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("meetings"), "coast guards lack a common channel"));
    assertThat(browser.findElement(By.id("meetings")).getText())
        .contains("8 (", "a coast-guard hotline", "submitted on 2014-05-15, recorded by convenor")
        .doesNotContain(NAME);
    new Select(browser.findElement(By.cssSelector("select[aria-label='New status']")))
        .selectByValue("discussed");
    browser
        .findElement(By.cssSelector("input[aria-label='What happened']"))
        .sendKeys("raised at the ARF");
    browser.findElement(By.xpath("//button[text()='Record status']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("meetings"), "recorded by analyst: raised at the ARF"));
    assertThat(consoleErrors()).isEmpty();
    screenshot("track2.png");

    browser.manage().deleteAllCookies();
    signIn("track2-convenor");
    browser.get(web.baseUrl() + "/track2.html");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetings"), NAME));
    assertThat(consoleErrors()).isEmpty();
  }
}
