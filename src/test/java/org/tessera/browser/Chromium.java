package org.tessera.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's Chromium driven through Debian's chromedriver, offline: no driver download, no lookup of any host but
 * loopback. One session serves a whole test class.
 */
final class Chromium implements AutoCloseable {

    /** Debian's paths; -Dtessera.chromium=… and -Dtessera.chromedriver=… point elsewhere. */
    static final Path BROWSER = Path.of(System.getProperty("tessera.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("tessera.chromedriver", "/usr/bin/chromedriver"));

    /**
     * A viewport: a phone (390 px wide, as an iPhone 12–15) or a laptop, where every page is toured; and the
     * extremes where tiles are checked too: the narrowest phone still sold (320 px) and a full-HD screen.
     */
    enum Width {
        PHONE(390, 844, true), DESKTOP(1280, 800, false), NARROWEST(320, 640, true), FULL_HD(1920, 1080, false);

        /** The widths at which the whole tour runs. */
        static final List<Width> TOUR = List.of(PHONE, DESKTOP);
        /** The further widths at which figures in tiles must still fit. */
        static final List<Width> TILES = List.of(NARROWEST, FULL_HD);

        final int width;
        final int height;
        final boolean mobile;

        Width(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final String axe = axeSource();

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Why the browser tests cannot run here (Chromium or its driver is not installed), or empty when they can. Fails
     * instead when the environment variable TESSERA_BROWSER_TESTS=required (as in CI).
     */
    static java.util.Optional<String> missing() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return java.util.Optional.empty();
        }
        String message = "browser tests need " + BROWSER + " and " + DRIVER
                + " (Debian packages chromium and chromium-driver; .ci/run installs them)";
        if ("required".equals(System.getenv("TESSERA_BROWSER_TESTS"))) {
            fail(message + ", and TESSERA_BROWSER_TESTS=required");
        }
        System.out.println("Skipped: " + message);
        return java.util.Optional.of("Skipped: " + message);
    }

    /** Starts Chromium offline; call {@link #missing()} first. */
    static Chromium start() {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        // Selenium warns when Debian's Chromium is newer than its bundled DevTools bindings; they are not used here.
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        try {
            Path profile = Files.createTempDirectory("tessera-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile,
                    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            return new Chromium(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Sizes the viewport as the device would (a phone also gets touch-size text and the meta viewport honoured). */
    void resize(Width width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width.width,
                "height", width.height, "deviceScaleFactor", 1, "mobile", width.mobile));
    }

    /** Opens the address and drops the console messages of earlier pages. */
    void open(String url) {
        console();
        driver.get(url);
    }

    /** The console messages at level SEVERE (errors, failed loads) since the last call. */
    List<String> consoleErrors() {
        return console().stream().filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    private List<LogEntry> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** Saves a screenshot of the whole page, not only the viewport. */
    void screenshot(Path file) {
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        @SuppressWarnings("unchecked")
        Map<String, Object> viewport = (Map<String, Object>) metrics.get("cssLayoutViewport");
        // The content size can read 0 while a page is still laying out; never shoot less than the viewport.
        double width = Math.max(((Number) size.get("width")).doubleValue(), ((Number) viewport.get("clientWidth")).doubleValue());
        double height = Math.min(Math.max(((Number) size.get("height")).doubleValue(),
                ((Number) viewport.get("clientHeight")).doubleValue()), 20000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a script from src/test/resources/browser with the given arguments and returns its result. */
    Object run(String script, Object... args) {
        return driver.executeScript(resource("browser/" + script), args);
    }

    /** axe-core's violations on the current page, as axe reports them (id, impact, help, nodes …). */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> axeViolations() {
        driver.executeScript(axe);
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(r.violations), e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        return (List<Map<String, Object>>) result;
    }

    private static String axeSource() {
        Properties pom = new Properties();
        try (InputStream in = Chromium.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            pom.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the axe-core webjar (org.webjars.npm:axe-core) is not on the test classpath", e);
        }
        return resource("META-INF/resources/webjars/axe-core/" + pom.getProperty("version") + "/axe.min.js");
    }

    static String resource(String name) {
        try (InputStream in = Chromium.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover profile in /tmp is harmless
        }
    }
}
