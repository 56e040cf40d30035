package vn.ansinh.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium driven through Selenium, for the browser journeys: Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} (installed by {@code .ci/run}; nothing is downloaded), a fresh profile in a temporary
 * folder, a desktop window of 1366×768. Screenshots go to {@code target/screenshots/<journey>/}.
 */
final class Browser implements AutoCloseable {

    /** The two widths every journey is photographed at. */
    static final Dimension DESKTOP = new Dimension(1366, 768);
    static final Dimension PHONE = new Dimension(390, 844);

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;
    private final String journey;
    private int shots;

    /**
     * @param port    the app's port (the random port of the test)
     * @param journey folder name under target/screenshots
     */
    Browser(int port, String journey) {
        this.base = "http://localhost:" + port;
        this.journey = journey;
        delete(Path.of("target", "screenshots", journey));
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        try {
            profile = Files.createTempDirectory("ansinh-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=vi-VN", "--force-prefers-reduced-motion", "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL")); // the console, for CSP reports
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
        viewport(DESKTOP);
    }

    /** Sizes the window so that the page's viewport is exactly {@code size} (the window includes a frame). */
    void viewport(Dimension size) {
        driver.manage().window().setSize(size);
        long width = (Long) driver.executeScript("return window.innerWidth");
        long height = (Long) driver.executeScript("return window.innerHeight");
        if (width != size.width || height != size.height) {
            driver.manage().window().setSize(new Dimension(2 * size.width - (int) width, 2 * size.height - (int) height));
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the app, e.g. {@code /targets}. */
    void open(String path) {
        driver.get(base + path);
    }

    /** @return the path (and query) of the page shown */
    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** @return the visible text of the page body */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Types into a field after clearing it. */
    void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    /** Clicks and waits for the page the click leads to. */
    void clickAndWait(WebElement element) {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        wait(10).until(ExpectedConditions.stalenessOf(html));
        wait(10).until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    void clickAndWait(String css) {
        clickAndWait(find(css));
    }

    WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /** Logs in through the login form (the page must show it). */
    void login(String username, String password) {
        type("#username", username);
        type("#password", password);
        clickAndWait("form[action$='/login'] button[type=submit]");
    }

    /**
     * Saves the page as it looks now at desktop width (1366×768) and as on a phone (390×844),
     * as {@code NN-<step>-desktop.png} and {@code NN-<step>-phone.png}.
     */
    void screenshots(String step) {
        screenshots(step, null);
    }

    /** As {@link #screenshots(String)}, scrolled so that {@code focus} is at the top of both pictures. */
    void screenshots(String step, WebElement focus) {
        shots++;
        Path dir = Path.of("target", "screenshots", journey);
        String name = String.format("%02d-%s", shots, step);
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + "-desktop.png"), capture(focus));
            viewport(PHONE);
            try {
                Files.write(dir.resolve(name + "-phone.png"), capture(focus));
            } finally {
                viewport(DESKTOP);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] capture(WebElement focus) {
        if (focus != null) {
            driver.executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})", focus);
        }
        Object data = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png")).get("data");
        return Base64.getDecoder().decode((String) data);
    }
    /**
     * @return the console messages since the last call in which the browser reports a Content Security Policy
     * violation ("Refused to execute inline script because it violates …")
     */
    java.util.List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a folder left behind does no harm
        }
    }
}
