package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.amity.response.kb.KnowledgeBase;
import org.amity.store.IngestResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of the dashboard (every .html under the static resources, so pages added later are
 * covered too) at a laptop size (1400×900) and a tablet size (820×1180), signed in as an admin over
 * the real recommender: each must load without a console error, an uncaught error or an error
 * notice, must not scroll sideways, and is photographed to target/screenshots/pages. Console errors
 * are collected twice: by a hook installed before any page script runs (errors, rejected promises,
 * console.error) and from Chromium's own log (which also has failed resource loads).
 */
class EveryPageBrowserIT {
  static final Path STATIC = Path.of("org", "amity", "app", "web", "ui", "static");
  static final Path SHOTS = DashboardBrowserIT.SHOTS.resolve("pages");
  static final Map<String, String> QUERY =
      Map.of("situation.html", "?id=2", "instrument.html", "?id=doc");
  static final Map<String, Dimension> SIZES =
      Map.of("laptop", new Dimension(1400, 900), "tablet", new Dimension(820, 1180));

  /** Installed before every document: records errors and counts fetches still in flight. */
  static final String HOOK =
      "window.__errors = []; window.__pending = 0;"
          + "addEventListener('error', e => __errors.push('error: ' + (e.message ||"
          + " (e.target && (e.target.src || e.target.href)) || e.type)), true);"
          + "addEventListener('unhandledrejection', e => __errors.push('unhandled rejection: ' +"
          + " (e.reason && e.reason.message || e.reason)));"
          + "const origError = console.error; console.error = function(...a) {"
          + " __errors.push('console.error: ' + a.join(' ')); return origError.apply(console, a); };"
          + "const origFetch = window.fetch; window.fetch = function(...a) { __pending++;"
          + " return origFetch.apply(this, a).finally(() => __pending--); };";

  static final int FAILED_FILES = 120;

  @TempDir static Path dir;
  static WebFixture web;
  HeadlessBrowser headless;
  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    HeadlessBrowser.assumeInstalled();
    Files.createDirectories(SHOTS);
    web = new WebFixture(dir, new RecommenderAdvisor(KnowledgeBase.standard()));
    // more ingest attempts than a page of the log holds, most of them files refused whole
    for (int i = 1; i <= FAILED_FILES; i++) {
      String name = "broken-" + i + ".export.CSV.zip";
      web.store()
          .events()
          .recordFailure(
              dir.resolve(name),
              IngestResult.failed(name, "gdelt", "gdelt2", "not a zip archive: bad header"),
              null);
    }
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  @AfterEach
  void closeBrowser() {
    if (headless != null) {
      headless.close();
    }
  }

  void openBrowser(Dimension size) {
    headless =
        HeadlessBrowser.open(
            size.width,
            size.height,
            options -> options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL")));
    browser = headless.driver();
    browser.manage().window().setSize(size);
    browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  /** The dashboard's pages: every .html file of the static resources (the module's sources). */
  static List<String> pages() throws IOException {
    Path root = Path.of("src", "main", "resources").resolve(STATIC);
    assertThat(root).as("static resources under the module directory").isDirectory();
    try (Stream<Path> files = Files.list(root)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".html"))
          .sorted()
          .toList();
    }
  }

  void signIn() {
    browser.get(web.baseUrl() + "/login.html");
    browser.findElement(By.id("user")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys(WebFixture.PASSWORD, Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".who"), "admin"));
  }

  Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  /** Waits until the page's requests are answered and nothing says "Loading…". */
  void settle() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                js(
                    "return document.readyState === 'complete' && window.__pending === 0"
                        + " && !document.body.innerText.includes('Loading…');")));
    // charts draw on the next frames: wait for two animation frames to have passed
    wait.until(
        d ->
            Boolean.TRUE.equals(
                js(
                    "if (window.__frames === undefined) { window.__frames = 0;"
                        + " requestAnimationFrame(() => requestAnimationFrame(() =>"
                        + " window.__frames = 2)); } return window.__frames === 2"
                        + " && window.__pending === 0;")));
  }

  @SuppressWarnings("unchecked")
  List<String> problems(String page) {
    List<String> out = new ArrayList<>();
    Object hooked = js("return window.__errors || [];");
    ((List<Object>) hooked).forEach(e -> out.add(page + ": " + e));
    for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        out.add(page + ": browser log: " + e.getMessage());
      }
    }
    for (var n : browser.findElements(By.cssSelector(".notice.error"))) {
      out.add(page + ": error notice: " + n.getText());
    }
    return out;
  }

  void visitEveryPage(String sizeName) throws Exception {
    openBrowser(SIZES.get(sizeName));
    signIn();
    List<String> problems = new ArrayList<>();
    List<String> visited = new ArrayList<>();
    for (String page : pages()) {
      if (page.equals("login.html")) {
        continue; // visited by signIn; visiting it signed in is not a page anyone uses
      }
      String path = "/" + page + QUERY.getOrDefault(page, "");
      browser.manage().logs().get(LogType.BROWSER); // drop what earlier pages logged
      browser.get(web.baseUrl() + path);
      settle();
      visited.add(path);
      problems.addAll(problems(path));
      long overflow =
          ((Number)
                  js(
                      "return document.documentElement.scrollWidth"
                          + " - document.documentElement.clientWidth;"))
              .longValue();
      if (overflow > 0) {
        problems.add(path + ": scrolls sideways by " + overflow + " px at " + sizeName);
      }
      File shot = browser.getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(),
          SHOTS.resolve(page.replace(".html", "") + "-" + sizeName + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(visited).contains("/index.html", "/kb.html", "/data.html", "/situation.html?id=2");
    assertThat(problems).as("problems on the pages at " + sizeName + " size").isEmpty();
  }

  @Test
  void everyPageLoadsWithoutConsoleErrorsAtLaptopSize() throws Exception {
    visitEveryPage("laptop");
  }

  @Test
  void everyPageLoadsWithoutConsoleErrorsAtTabletSize() throws Exception {
    visitEveryPage("tablet");
  }

  @Test
  void theHookCatchesAnErrorSoACleanPageMeansSomething() throws Exception {
    openBrowser(SIZES.get("laptop"));
    signIn();
    browser.get(web.baseUrl() + "/kb.html");
    settle();
    js(
        "setTimeout(() => console.error('planted message'), 0);"
            + " setTimeout(() => fetch('/no-such-planted-file.js'), 0);");
    wait.until(d -> String.valueOf(js("return window.__errors.join(' ');")).contains("planted"));
    wait.until(d -> Boolean.TRUE.equals(js("return window.__pending === 0;")));
    List<String> found = problems("/kb.html");
    assertThat(found)
        .anyMatch(p -> p.contains("console.error: planted message"))
        .anyMatch(p -> p.contains("browser log") && p.contains("no-such-planted-file.js"))
        .anyMatch(p -> p.contains("browser log") && p.contains("planted message"));
  }

  @Test
  void everyPageSharesOneHeaderWithTheWholeNavigation() throws Exception {
    openBrowser(SIZES.get("laptop"));
    signIn();
    for (String page : List.of("/", "/kb.html", "/data.html", "/instrument.html?id=doc")) {
      browser.get(web.baseUrl() + page);
      settle();
      List<String> nav =
          browser.findElements(By.cssSelector("header.top nav a")).stream()
              .map(a -> a.getText())
              .toList();
      assertThat(nav)
          .as(page)
          .containsExactly(
              "Overview",
              "Alerts",
              "Situations",
              "Gap",
              "Track II",
              "Forecasts",
              "Knowledge base",
              "Data",
              "Users");
      assertThat(browser.findElements(By.cssSelector("header.top nav a[aria-current=page]")))
          .as(page)
          .hasSize(1);
    }
  }

  @SuppressWarnings("unchecked")
  List<String> svgTexts(String selector) {
    return (List<String>)
        js(
            "return [...document.querySelectorAll('"
                + selector
                + " svg text')].map(t => t.textContent);");
  }

  @Test
  void theOverviewMapDrawsTheSeaAreasNamesCountriesAndKeepsProportions() throws Exception {
    openBrowser(SIZES.get("laptop"));
    signIn();
    browser.get(web.baseUrl() + "/");
    settle();
    assertThat(svgTexts("#map"))
        .contains(
            "South China Sea",
            "Sulu and Celebes Seas",
            "Malacca and Singapore Straits",
            "Thailand",
            "Timor-Leste",
            "Philippines")
        .doesNotContain("East Timor")
        .containsOnlyOnce("Australia");
    double aspect =
        ((Number)
                js(
                    "return echarts.getInstanceByDom(document.getElementById('map'))"
                        + ".getOption().geo[0].aspectScale;"))
            .doubleValue();
    assertThat(aspect)
        .isCloseTo(Math.cos(Math.toRadians(7)), org.assertj.core.data.Offset.offset(1e-6));
    screenshot("overview-map.png");
  }

  @Test
  void theSituationMapSaysWhatHappenedAndWhoDidItOnHover() throws Exception {
    openBrowser(SIZES.get("laptop"));
    signIn();
    browser.get(web.baseUrl() + "/situation.html?id=2");
    settle();
    assertThat(browser.findElement(By.id("places-note")).getText())
        .contains("2 located conflict events", "1 had no coordinates");
    String tip =
        (String)
            js(
                "const c = echarts.getInstanceByDom(document.getElementById('places-map'));"
                    + " const i = c.getOption().series.findIndex(s => s.name === 'events');"
                    + " c.dispatchAction({type: 'showTip', seriesIndex: i, dataIndex: 1});"
                    + " const t = document.querySelector('#places-map > div:last-child');"
                    + " return t ? t.textContent : '';");
    assertThat(tip).contains("2014-05-12", "China", "Philippines", "Scarborough Shoal");
    js("document.getElementById('places-h').scrollIntoView();");
    screenshot("situation-places.png");
  }

  @Test
  void optionsCitePrecedentsAndLeadToTheInstrumentPage() throws Exception {
    openBrowser(SIZES.get("laptop"));
    signIn();
    browser.get(web.baseUrl() + "/situation.html?id=2");
    settle();
    String options = browser.findElement(By.id("options")).getText();
    assertThat(options).contains("Precedent", "same threat type: inter-state");
    browser.findElement(By.cssSelector("#options a[href='/instrument.html?id=doc']")).click();
    wait.until(ExpectedConditions.urlContains("instrument.html?id=doc"));
    settle();
    assertThat(browser.findElement(By.id("functions")).getText())
        .containsPattern("(CBM: confidence building|NB: norm building|EW: early warning)");
    assertThat(browser.findElement(By.id("members")).getText()).contains("China (CHN)");
    assertThat(browser.findElement(By.id("readiness")).getText())
        .containsPattern("\\d{4}-\\d{2}-\\d{2}");
    assertThat(browser.findElement(By.id("cases")).getText()).contains("Scarborough");
    assertThat(browser.findElements(By.cssSelector("#sources tbody tr"))).isNotEmpty();
    screenshot("instrument.png");
  }

  @Test
  void theKnowledgeBaseExplainsEveryFunctionAndLinksEachInstrument() throws Exception {
    openBrowser(SIZES.get("laptop"));
    signIn();
    browser.get(web.baseUrl() + "/kb.html");
    settle();
    String glossary = browser.findElement(By.id("functions-glossary")).getText();
    for (String f : List.of("CBM", "NB", "EW", "PR", "CM", "CR")) {
      assertThat(glossary).contains(f + " = ");
    }
    assertThat(browser.findElement(By.id("kb")).getText()).contains("CBM (confidence building)");
    int rows = browser.findElements(By.cssSelector("#kb tbody tr")).size();
    assertThat(browser.findElements(By.cssSelector("#kb tbody a[href^='/instrument.html?id=']")))
        .hasSize(rows);
  }

  @Test
  void theDataPageSaysWhichPartOfTheLogItShowsAndListsFilesRefusedWhole() throws Exception {
    openBrowser(SIZES.get("laptop"));
    signIn();
    browser.get(web.baseUrl() + "/data.html");
    settle();
    int total = FAILED_FILES + 1;
    assertThat(browser.findElement(By.id("ingest-count")).getText())
        .isEqualTo("Showing rows 1–100 of " + total + " (newest first).");
    assertThat(browser.findElements(By.cssSelector("#ingest tbody tr"))).hasSize(100);
    String failed = browser.findElement(By.id("failed")).getText();
    assertThat(failed)
        .contains(FAILED_FILES + " file(s) could not be read at all", "broken-1.export.CSV.zip")
        .contains("not a zip archive: bad header");
    assertThat(browser.findElements(By.cssSelector("#failed tbody tr"))).hasSize(FAILED_FILES);
    browser.findElement(By.xpath("//button[text()='Older']")).click();
    wait.until(
        ExpectedConditions.textToBe(
            By.id("ingest-count"),
            "Showing rows 101–" + total + " of " + total + " (newest first)."));
    browser.findElement(By.xpath("//button[text()='Show all " + total + "']")).click();
    wait.until(
        ExpectedConditions.textToBe(By.id("ingest-count"), "Showing all " + total + " rows."));
    assertThat(browser.findElements(By.cssSelector("#ingest tbody tr"))).hasSize(total);
    assertThat(browser.findElement(By.id("ingest")).getText()).contains("20140520.export.CSV");
    screenshot("data-paged.png");
  }

  void screenshot(String name) throws IOException {
    File f = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
