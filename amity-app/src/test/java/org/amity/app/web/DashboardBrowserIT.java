package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): sign in, the map with coloured countries, a situation with its chart, evidence and
 * options, an analyst's acknowledgement and note. Screenshots go to target/screenshots.
 */
class DashboardBrowserIT {
  static final Path SHOTS = Path.of("target", "screenshots");
  static final String ALERT_RED = "#c8323c";
  static final String WARNING_ORANGE = "#f08c3a";

  @TempDir static Path dir;
  static WebFixture plain;
  static WebFixture advised;
  HeadlessBrowser headless;
  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    HeadlessBrowser.assumeInstalled();
    Files.createDirectories(SHOTS);
    plain = new WebFixture(Files.createDirectories(dir.resolve("plain")), ResponseAdvisor.absent());
    advised = new WebFixture(Files.createDirectories(dir.resolve("advised")), new FixtureAdvisor());
  }

  @AfterAll
  static void stop() {
    if (plain != null) {
      plain.close();
    }
    if (advised != null) {
      advised.close();
    }
  }

  @BeforeEach
  void openBrowser() {
    headless = HeadlessBrowser.open(1280, 1000);
    browser = headless.driver();
    wait = headless.await();
  }

  @AfterEach
  void closeBrowser() {
    if (headless != null) {
      headless.close();
    }
  }

  void signIn(WebFixture web, String role) {
    headless.signIn(web, role);
  }

  @SuppressWarnings("unchecked")
  List<String> mapFills() {
    return (List<String>)
        ((JavascriptExecutor) browser)
            .executeScript(
                "return [...document.querySelectorAll('#map svg path')]"
                    + ".map(p => (p.getAttribute('fill') || '').toLowerCase());");
  }

  void screenshot(String name) throws IOException {
    headless.screenshot(SHOTS, name);
  }

  @Test
  void overviewShowsTheMapWithCountriesColouredByLevel() throws Exception {
    signIn(plain, "viewer");
    wait.until(d -> mapFills().size() > 15);
    wait.until(d -> mapFills().contains(ALERT_RED));
    List<String> fills = mapFills();
    assertThat(fills).contains(ALERT_RED, WARNING_ORANGE);
    String levels = browser.findElement(By.id("country-levels")).getText();
    assertThat(levels).contains("Thailand (THA)", "alert", "Philippines (PHL)", "warning");
    assertThat(browser.findElement(By.id("situations")).getText())
        .contains("Thailand: protests and political violence")
        .doesNotContain("Myanmar: cyclone");
    wait.until(d -> !d.findElements(By.cssSelector("#trend svg rect")).isEmpty());
    screenshot("overview.png");
  }

  @Test
  void situationPageShowsChartEvidenceAndTheMissingRecommender() throws Exception {
    signIn(plain, "analyst");
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.linkText("Thailand: protests and political violence")))
        .click();
    wait.until(ExpectedConditions.urlContains("situation.html?id=1"));
    wait.until(
        d -> d.findElement(By.id("chart-note")).getText().contains("points of material_conflict"));
    assertThat(browser.findElements(By.cssSelector("#chart svg path"))).hasSizeGreaterThan(3);
    // a chart's periods run on without a break: a missing one is an empty point, drawn as a gap
    // (audit6 J6), by day, week and month
    Object filled =
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript(
                "const p = (period, value) => ({ period, value });"
                    + " return [Amity.continuous([p('2014-01-30', 1), p('2014-02-02', 2)], 'day'),"
                    + " Amity.continuous([p('2014-01-06', 1), p('2014-01-27', 2)], 'week'),"
                    + " Amity.continuous([p('2013-11-01', 1), p('2014-02-01', 2)], 'month')]"
                    + ".map((s) => s.map((x) => x.period + '=' + x.value).join(' '));");
    assertThat(filled)
        .asList()
        .containsExactly(
            "2014-01-30=1 2014-01-31=null 2014-02-01=null 2014-02-02=2",
            "2014-01-06=1 2014-01-13=null 2014-01-20=null 2014-01-27=2",
            "2013-11-01=1 2013-12-01=null 2014-01-01=null 2014-02-01=2");
    // the indicator in words, in the chart's note and the choice of alert
    assertThat(browser.findElement(By.id("chart-note")).getText())
        .contains("Material conflict's share of the country's news");
    assertThat(browser.findElement(By.id("indicator")).getText())
        .contains("Material conflict's share of the country's news");
    assertThat(browser.findElement(By.id("types")).getText()).contains("intra-state", "85%");
    assertThat(browser.findElement(By.id("powers")).getText()).contains("no", "4%");
    WebElement link =
        browser.findElement(By.cssSelector("#evidence a[href^='https://example.org/']"));
    assertThat(link.getText()).isEqualTo("example.org");
    // an item's count opens the stored rows it stands for, beneath it
    browser.findElement(By.cssSelector("#evidence button.records-toggle")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#evidence tr.evidence-records"), "gdelt 1001"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("options"), "Recommender not available in this build"));
    screenshot("situation.png");

    browser.findElement(By.cssSelector("button[data-ack='11']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("alerts"), "analyst 20"));
    browser.findElement(By.id("note-kind")).sendKeys("action");
    browser.findElement(By.id("note-instrument")).sendKeys("aipr-experts");
    browser.findElement(By.id("note-text")).sendKeys("Asked the AIPR pool for a quiet briefing");
    browser.findElement(By.cssSelector("#note button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notes"), "aipr-experts"));
    assertThat(browser.findElement(By.id("notes")).getText()).contains("analyst", "action");
    screenshot("situation-after-note.png");
  }

  @Test
  void situationPageRendersOptionsWithPrincipleChecksAndExclusions() throws Exception {
    signIn(advised, "viewer");
    browser.get(advised.baseUrl() + "/situation.html?id=2");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("options"), "ASEAN defence hotline"));
    String options = browser.findElement(By.id("options")).getText();
    assertThat(options)
        .contains("Recommended options", "non-coercive", "pass", "warning")
        // audit6 J10: the consent by name, the code on hover only
        .contains("China, Philippines")
        .doesNotContain("CHN, PHL");
    assertThat(browser.findElement(By.cssSelector("#options span.country[title='CHN']")).getText())
        .isEqualTo("China");
    assertThat(options)
        .contains("Excluded options", "Economic sanctions", "coercive: breaks principle 2");
    assertThat(browser.findElement(By.id("note-form")).getText()).contains("Your role reads only");
    screenshot("situation-options.png");
  }

  @Test
  void alertsPageFiltersPagesAndLeadsToTheSituation() throws Exception {
    signIn(plain, "viewer");
    browser.findElement(By.cssSelector("header nav a[href='/alerts.html']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-of"), "Page 1 of 1"));
    assertThat(browser.findElement(By.id("as-of")).getText()).matches("Data as of \\d{4}-.*");
    assertThat(browser.findElement(By.id("page-of")).getText()).contains("3 alert(s) in all");
    browser.findElement(By.name("status")).sendKeys("all");
    browser.findElement(By.name("scope")).sendKeys("country");
    browser.findElement(By.name("to")).sendKeys("2013-12-31");
    browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("page-of"), "1 alert(s) in all"));
    assertThat(browser.findElement(By.id("alerts")).getText())
        .contains("Myanmar", "Highest level")
        .containsPattern("closed on \\d{4}-\\d{2}-\\d{2}");
    assertThat(browser.getCurrentUrl()).contains("status=all", "scope=country", "to=2013-12-31");
    screenshot("alerts.png");
    browser.findElement(By.cssSelector("#alerts a[href^='/situation.html']")).click();
    wait.until(ExpectedConditions.urlContains("situation.html?id=3"));
  }

  @Test
  void situationsPageReachesClosedSituations() throws Exception {
    signIn(plain, "viewer");
    browser.get(plain.baseUrl() + "/situations.html");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("page-of"), "2 situation(s)"));
    assertThat(browser.findElement(By.id("situations")).getText()).doesNotContain("Myanmar");
    browser.findElement(By.name("status")).sendKeys("closed");
    browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("situations"), "Myanmar: cyclone"));
    screenshot("situations-closed.png");
  }

  @Test
  void overviewSaysHowCurrentTheDataIsAndExplainsTheTrendColours() throws Exception {
    signIn(plain, "viewer");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("as-of"), "Data as of"));
    assertThat(browser.findElement(By.id("as-of")).getText())
        .contains("3 open alert(s) at any level", "current open alerts only, at any level");
    assertThat(browser.findElement(By.id("trend-legend")).getText())
        .contains("reached alert", "reached warning", "reached watch");
    browser.findElement(By.name("from")).sendKeys("2013-06-01");
    browser.findElement(By.name("to")).sendKeys("2013-07-01");
    browser.findElement(By.cssSelector("#range button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("from=2013-06-01"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("situations"), "Myanmar: cyclone"));
    assertThat(browser.findElement(By.id("situations")).getText()).doesNotContain("Thailand");
    screenshot("overview-range.png");
  }

  @Test
  void knowledgeBaseFiltersByReadiness() throws Exception {
    signIn(advised, "viewer");
    browser.get(advised.baseUrl() + "/kb.html");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("kb"), "2 of 2 instruments"));
    browser.findElement(By.id("f-readiness")).sendKeys("never used");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("kb"), "1 of 2 instruments"));
    assertThat(browser.findElement(By.id("kb")).getText())
        .contains("TAC High Council")
        .doesNotContain("ReCAAP");
    screenshot("knowledge-base.png");
  }

  @Test
  void dataPageShowsIngestsAndRejectsByReason() throws Exception {
    signIn(plain, "admin");
    browser.get(plain.baseUrl() + "/data.html");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("reasons"), "expected N columns, got N"));
    assertThat(browser.findElement(By.id("ingest")).getText()).contains("20140520.export.CSV");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit"), "session.open"));
    screenshot("data.png");
  }

  @Test
  void pagesFitATabletWithoutSidewaysScrolling() throws Exception {
    signIn(plain, "analyst");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
    for (String page : new String[] {"/", "/situation.html?id=1", "/data.html"}) {
      browser.get(plain.baseUrl() + page);
      wait.until(d -> d.findElements(By.cssSelector("main svg, main table")).size() > 0);
      Object overflow =
          ((JavascriptExecutor) browser)
              .executeScript(
                  "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(((Number) overflow).intValue()).as(page).isLessThanOrEqualTo(0);
    }
    browser.get(plain.baseUrl() + "/situation.html?id=1");
    wait.until(d -> d.findElement(By.id("chart-note")).getText().contains("points of"));
    screenshot("situation-tablet.png");
  }

  @Test
  void theOverviewCanBeUsedFromTheKeyboard() {
    signIn(plain, "viewer");
    wait.until(d -> mapFills().size() > 15);
    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement first = browser.switchTo().activeElement();
    assertThat(first.getText()).isEqualTo("Skip to content");
    WebElement situation =
        browser.findElement(By.linkText("Thailand: protests and political violence"));
    for (int i = 0; i < 30 && !situation.equals(browser.switchTo().activeElement()); i++) {
      browser.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    assertThat(browser.switchTo().activeElement()).isEqualTo(situation);
    situation.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("situation.html?id=1"));
    assertThat(browser.getCurrentUrl().toLowerCase(Locale.ROOT)).contains("situation.html");
  }

  @Test
  void anAdminCreatesDisablesAndEnablesAnAccountOnTheUsersPage() throws Exception {
    signIn(plain, "admin");
    browser.findElement(By.cssSelector("header.top nav a[data-page='users']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users"), "analyst"));
    browser.findElement(By.id("add-name")).sendKeys("gita");
    browser.findElement(By.id("add-password")).sendKeys("a fine long passphrase 3");
    browser.findElement(By.cssSelector("#add-form button")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Created gita"));
    WebElement row =
        browser.findElements(By.cssSelector("#users tbody tr")).stream()
            .filter(r -> r.getText().startsWith("gita"))
            .findFirst()
            .orElseThrow();
    row.findElement(By.xpath(".//button[text()='Disable']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Disabled gita"));
    assertThat(browser.findElement(By.id("users")).getText()).contains("gita viewer disabled");
    browser.findElement(By.id("add-name")).sendKeys("hana");
    browser.findElement(By.id("add-password")).sendKeys("password1234");
    browser.findElement(By.cssSelector("#add-form button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "common passwords"));
    screenshot("users.png");
  }
}
