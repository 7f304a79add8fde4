package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The situation page's "Related situations": Thailand's page names the Deep South's situation with
 * how it is related, in words, and its link leads to that situation, whose page leads back; the
 * situations list and the overview's open situations name each related one.
 */
class RelatedSituationsBrowserIT {
  @TempDir static Path dir;
  static WebFixture web;
  HeadlessBrowser headless;
  WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    HeadlessBrowser.assumeInstalled();
    web = new WebFixture(dir, ResponseAdvisor.absent());
    RelatedFixtures.insert(((DuckDbStorage) web.store()).eventStore().connection());
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  @BeforeEach
  void openBrowser() {
    headless = HeadlessBrowser.open(1280, 1000);
    wait = headless.await();
    headless.signIn(web, "viewer");
  }

  @AfterEach
  void closeBrowser() {
    if (headless != null) {
      headless.close();
    }
  }

  @Test
  void theRelatedLinkIsShownInWordsAndLeadsToTheOtherSituation() throws Exception {
    var browser = headless.driver();
    browser.get(web.baseUrl() + "/situation.html?id=" + SignalFixtures.THAILAND);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("related"), "a conflict area in this country"));
    WebElement link =
        browser.findElement(
            By.cssSelector(
                "#related a[href='/situation.html?id=" + RelatedFixtures.DEEP_SOUTH + "']"));
    assertThat(link.getText()).isEqualTo("Deep South (Thailand): intra-state tension (insurgency)");
    assertThat(browser.findElement(By.id("related")).getText())
        .doesNotContain("theatre", "THEATRE");
    headless.screenshot(DashboardBrowserIT.SHOTS, "situation-related.png");
    link.click();
    wait.until(ExpectedConditions.urlContains("situation.html?id=" + RelatedFixtures.DEEP_SOUTH));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("related"), "the country of this conflict area"));
    assertThat(browser.findElement(By.id("title")).getText()).contains("Deep South (Thailand)");
    browser.findElement(By.cssSelector("#related a")).click();
    wait.until(ExpectedConditions.urlContains("situation.html?id=" + SignalFixtures.THAILAND));
  }

  @Test
  void aSituationWithNothingRelatedSaysSo() {
    headless.driver().get(web.baseUrl() + "/situation.html?id=" + SignalFixtures.SCARBOROUGH);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("related"), "None: no situation on a linked subject"));
  }

  @Test
  void theOverviewsOpenSituationsNameTheirRelatedOnes() {
    headless.driver().get(web.baseUrl() + "/");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("situations"),
            "Related: Deep South (Thailand) (a conflict area in this country)"));
    headless
        .driver()
        .findElement(
            By.cssSelector(
                "#situations .related a[href='/situation.html?id="
                    + RelatedFixtures.VIET_NAM
                    + "']"))
        .click();
    wait.until(ExpectedConditions.urlContains("situation.html?id=" + RelatedFixtures.VIET_NAM));
  }

  @Test
  void theSituationsListNamesEachRelatedOne() {
    headless.driver().get(web.baseUrl() + "/situations.html");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("situations"), "Thailand (the country of this conflict area)"));
    assertThat(headless.driver().findElement(By.id("situations")).getText())
        .contains("Deep South (Thailand) (a conflict area in this country)");
  }
}
