package com.weeklygraphql.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, for tests of the page. Without Chromium the tests are skipped
 * with a message saying how to install it; in CI ({@code CI} set, where {@code .ci/run} installs it) its
 * absence is a failure, so the browser tests can never be skipped there unnoticed.
 */
public final class Chromium {

    /** Debian's paths; {@code -Dchromium.browser=} and {@code -Dchromium.driver=} point elsewhere. */
    public static final Path BROWSER = Path.of(System.getProperty("chromium.browser", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static volatile boolean warned;

    private Chromium() {
    }

    /**
     * Skips the calling test, saying how to install Chromium, when it is not installed; fails it in CI instead.
     * Called before each test, so that every skipped test carries the message.
     */
    public static void requireInstalled() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return;
        }
        String message = "Chromium is not installed (" + BROWSER + ", " + DRIVER + "): the browser tests of the page"
                + " need it. Install it with: sudo apt-get install -y chromium chromium-driver fonts-noto-cjk"
                + " (.ci/run does this)";
        if (System.getenv("CI") != null) {
            fail(message);
        }
        if (!warned) {
            warned = true;
            System.err.println("Skipping the browser tests. " + message);
        }
        Assumptions.abort(message);
    }

    /** A new headless browser with a window of this size; call {@link #requireInstalled} first. */
    public static WebDriver start(int width, int height) {
        requireInstalled();
        Path profile = ContentRepositories.tempDir("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // The closed network makes Chromium hang on Google's hosts unless everything that calls home is off.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        // The driver is given, so Selenium Manager never looks for one on the network.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }

    /** Saves the whole page, as tall as it is, as {@code target/screenshots/<name>.png}. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver instanceof ChromeDriver chrome ? wholePage(chrome)
                    : ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Selenium's screenshot stops at the window's edge; the DevTools protocol can capture beyond it.
    private static byte[] wholePage(ChromeDriver chrome) {
        Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> size = (Map<?, ?>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
                "height", Math.min(12_000, ((Number) size.get("height")).doubleValue()), "scale", 1);
        Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Waits for the page to report that its view is built ({@code body[data-ready]}), and that it built without error. */
    public static void waitUntilReady(WebDriver driver) {
        String state = new WebDriverWait(driver, Duration.ofSeconds(20)).until((Function<WebDriver, String>) browser ->
                (String) ((JavascriptExecutor) browser).executeScript("return document.body && document.body.dataset.ready;"));
        assertThat(state).as("the page reports").isEqualTo("true");
    }
}
