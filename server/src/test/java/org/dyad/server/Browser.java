package org.dyad.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests: the system's chromium and chromedriver (Debian
 * packages), set explicitly so that Selenium never tries to download a browser or a driver.
 * A missing browser fails the tests, unless {@code -Ddyad.skipBrowser=true} is given (for local
 * runs only). Screenshots go to {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {
  static final String CHROMIUM = System.getProperty("dyad.chromium", "/usr/bin/chromium");
  static final String DRIVER = System.getProperty("dyad.chromedriver", "/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  final WebDriver driver;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Browser open() {
    Assumptions.assumeFalse(Boolean.getBoolean("dyad.skipBrowser"), "browser tests skipped by -Ddyad.skipBrowser=true");
    for (String exe : List.of(CHROMIUM, DRIVER)) {
      if (!Files.isExecutable(Path.of(exe))) {
        fail(exe + " is missing: install Debian's chromium and chromium-driver (.ci/run does), "
            + "or skip the browser tests locally with -Ddyad.skipBrowser=true");
      }
    }
    System.setProperty("webdriver.chrome.driver", DRIVER);
    try {
      Path profile = Files.createTempDirectory("dyad-chromium-");
      ChromeOptions o = new ChromeOptions();
      o.setBinary(CHROMIUM);
      o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
          "--disable-extensions", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
          .usingAnyFreePort().build();
      WebDriver d = new ChromeDriver(service, o);
      d.manage().window().setSize(new Dimension(1400, 1000));
      d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return new Browser(d, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriverWait waiting(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  Object js(String script, Object... args) {
    return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Saves a PNG of the window as {@code target/screenshots/NAME.png}. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SHOTS);
      Path p = SHOTS.resolve(name + ".png");
      Files.write(p, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when a JavaScript dialog (an alert) is open. */
  boolean alertOpen() {
    try {
      driver.switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var s = Files.walk(profile)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temp profile; the OS cleans up
      }
    }
  }
}
