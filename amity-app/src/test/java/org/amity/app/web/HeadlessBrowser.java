package org.amity.app.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a browser test (Debian's chromium and chromium-driver, which .ci/run
 * installs): the options every browser test uses, signing in, screenshots. A test that needs more
 * (console logs, a download folder) adds its options through {@link #open(int, int, Consumer)}.
 */
final class HeadlessBrowser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final WebDriverWait wait;

  private HeadlessBrowser(int width, int height, Consumer<ChromeOptions> extra) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=" + width + "," + height);
    extra.accept(options);
    driver =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build(),
            options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** Skips the calling test class, with the reason, when Chromium or its driver is missing. */
  static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "no /usr/bin/chromium or /usr/bin/chromedriver: install Debian's chromium and"
            + " chromium-driver (.ci/run does) to run the browser tests");
  }

  static HeadlessBrowser open(int width, int height) {
    return open(width, height, options -> {});
  }

  /** A browser with the common options and what {@code extra} adds to them. */
  static HeadlessBrowser open(int width, int height, Consumer<ChromeOptions> extra) {
    return new HeadlessBrowser(width, height, extra);
  }

  ChromeDriver driver() {
    return driver;
  }

  WebDriverWait await() {
    return wait;
  }

  /** Signs in through the login page as the account named for {@code role}. */
  void signIn(WebFixture web, String role) {
    driver.get(web.baseUrl() + "/");
    wait.until(ExpectedConditions.urlContains("/login.html"));
    driver.findElement(By.id("user")).sendKeys(role);
    driver.findElement(By.id("password")).sendKeys(WebFixture.PASSWORD, Keys.ENTER);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".who"), role));
  }

  /** Saves a screenshot as {@code dir/name}. */
  void screenshot(Path dir, String name) throws IOException {
    Files.createDirectories(dir);
    File f = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
