package org.tessera.browser;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.tessera.browser.Chromium.Width;
import org.tessera.browser.Findings.Kind;

/**
 * Visits every page of a served site in Chromium at phone and desktop widths, as a reader would, and collects what
 * is wrong: console errors, failed requests, broken links, accessibility problems, keyboard traps, screenshots.
 */
final class SiteTour {

    /** The largest stylesheet a reader should download before seeing the page. */
    static final long STYLESHEET_LIMIT = 30 * 1024;

    /**
     * The one script a page may load, with defer and no code of its own: progressive enhancement (the search box
     * searches as the reader types, a chart page in a frame tells the frame its height); every page works without it.
     */
    static final String SCRIPT = org.tessera.model.SitePaths.SCRIPT;

    private final Chromium chromium;
    private final StaticServer server;
    private final Path screenshots;
    private final Findings findings = new Findings();
    private final LinkChecker links = new LinkChecker();
    /** Every address met, with the pages it was met on. */
    private final Map<String, Set<String>> references = new LinkedHashMap<>();
    private final Set<String> stylesheets = new LinkedHashSet<>();
    /** The pages with tiles, toured again at the extreme widths. */
    private final Set<String> pagesWithTiles = new LinkedHashSet<>();
    private int visits;
    private int tileVisits;
    private int axeRuns;
    private final Map<String, Integer> axeByImpact = new java.util.TreeMap<>();

    SiteTour(Chromium chromium, StaticServer server, Path screenshots) {
        this.chromium = chromium;
        this.server = server;
        this.screenshots = screenshots;
    }

    /**
     * Visits each page at each width of the tour, then the pages with tiles at the extreme widths (only to see
     * that their figures fit), then follows every address met on the way.
     */
    Findings visit(List<String> pages) {
        for (Width width : Width.TOUR) {
            chromium.resize(width);
            for (String page : pages) {
                visit(page, width);
            }
        }
        for (Width width : Width.TILES) {
            chromium.resize(width);
            for (String page : pagesWithTiles) {
                visitTiles(page, width);
            }
        }
        followReferences();
        return findings;
    }

    int visits() {
        return visits;
    }

    /** How many visits of pages with tiles at 320 and 1920 px followed the tour. */
    int tileVisits() {
        return tileVisits;
    }

    int axeRuns() {
        return axeRuns;
    }

    /** How many axe violations of each impact (minor, moderate, serious, critical) the tour met, page by page. */
    Map<String, Integer> axeByImpact() {
        return Map.copyOf(axeByImpact);
    }

    private void visit(String url, Width width) {
        String page = URI.create(url).getPath();
        String w = width.width + "px";
        chromium.open(url);
        visits++;
        screenshot(url, width);
        Map<String, Object> seen = inspect(page, w);
        overflow(page, w, "body");
        if (((Number) seen.get("tiles")).intValue() > 0) {
            pagesWithTiles.add(url);
        }
        axe(page, w);
        keyboard(page, w);
        for (String error : chromium.consoleErrors()) {
            findings.add(Kind.CONSOLE_ERROR, page, w, error);
        }
        for (StaticServer.Failed failed : server.takeFailed()) {
            findings.add(Kind.FAILED_REQUEST, page, w, "GET " + failed.path() + " answered " + failed.status());
        }
        @SuppressWarnings("unchecked")
        List<String> scripts = (List<String>) seen.get("scripts");
        if (!scripts.isEmpty()) {
            findings.add(Kind.SCRIPT, page, w, scripts + ": published pages must work without JavaScript; the one script "
                    + "allowed is " + SCRIPT + ", loaded with defer (the search box and a chart's frame height)");
        }
    }

    /**
     * The short tour, for a generated edition whose pages differ from the example's only in the shape of their
     * data: screenshots and overflowing text at the tour's widths, and in tiles at the extreme widths.
     */
    Findings visitForOverflow(List<String> pages) {
        for (Width width : Width.TOUR) {
            chromium.resize(width);
            for (String page : pages) {
                visits++;
                look(page, width, "body");
            }
        }
        for (Width width : Width.TILES) {
            chromium.resize(width);
            for (String page : pages) {
                visitTiles(page, width);
            }
        }
        return findings;
    }

    private void visitTiles(String url, Width width) {
        tileVisits++;
        look(url, width, ".tiles");
    }

    /** Opens the page, takes its screenshot and finds the text in {@code scope} that overflows its box. */
    private void look(String url, Width width, String scope) {
        chromium.open(url);
        screenshot(url, width);
        overflow(URI.create(url).getPath(), width.width + "px", scope);
        server.takeFailed(); // the full tour checks requests
    }

    private void screenshot(String url, Width width) {
        Path shot = screenshots.resolve(screenshotName(url.substring(server.home().length())) + "-" + width.width + ".png");
        try {
            chromium.screenshot(shot);
        } catch (org.openqa.selenium.WebDriverException e) {
            // Screenshots are for people to look at, not a check: say so and go on with the checks.
            System.out.println("No screenshot of " + url + " at " + width.width + "px: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Text wider than its box where nothing scrolls, among the elements matching {@code scope}. */
    @SuppressWarnings("unchecked")
    private void overflow(String page, String w, String scope) {
        for (String problem : (List<String>) chromium.run("overflowing-text.js", scope)) {
            findings.add(Kind.OVERFLOW, page, w, problem);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> inspect(String page, String w) {
        Map<String, Object> seen = (Map<String, Object>) chromium.run("inspect-page.js", SCRIPT);
        for (Map<String, Object> problem : (List<Map<String, Object>>) seen.get("problems")) {
            findings.add(Kind.valueOf((String) problem.get("kind")), page, w, (String) problem.get("text"));
        }
        String origin = server.origin() + "/";
        for (String key : List.of("assets", "resources")) {
            for (String url : (List<String>) seen.get(key)) {
                if (!url.startsWith(origin) && !url.startsWith("data:")) {
                    findings.add(Kind.OTHER_HOST, page, w, "loads " + url + " from another host (serve it with the site)");
                }
            }
        }
        for (String key : List.of("anchors", "assets", "meta")) {
            for (String url : (List<String>) seen.get(key)) {
                references.computeIfAbsent(url, u -> new LinkedHashSet<>()).add(page);
            }
        }
        stylesheets.addAll((List<String>) seen.get("stylesheets"));
        return seen;
    }

    private void axe(String page, String w) {
        axeRuns++;
        for (Map<String, Object> violation : chromium.axeViolations()) {
            String impact = String.valueOf(violation.get("impact"));
            axeByImpact.merge(impact, 1, Integer::sum);
            if (impact.equals("serious") || impact.equals("critical")) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> nodes = (List<Map<String, Object>>) violation.get("nodes");
                String where = nodes.stream().limit(5).map(n -> String.valueOf(n.get("target"))).collect(Collectors.joining(", "));
                findings.add(Kind.AXE, page, w, violation.get("id") + " (" + impact + "): " + violation.get("help")
                        + " — " + nodes.size() + " element(s): " + where);
            }
        }
    }

    /** Tab to the skip link, see it, tab through the header, come back, follow it, and tab on inside the content. */
    private void keyboard(String page, String w) {
        Map<String, Object> first = press(Keys.TAB);
        String href = String.valueOf(first.get("href"));
        if (!"a".equals(first.get("tag")) || !href.startsWith("#")) {
            findings.add(Kind.KEYBOARD, page, w, "the first Tab stop is " + describe(first) + ", not a skip link to the content");
            return;
        }
        checkFocus(page, w, first);
        int stops = 3;
        for (int i = 0; i < stops; i++) {
            checkFocus(page, w, press(Keys.TAB));
        }
        Map<String, Object> back = first;
        for (int i = 0; i < stops; i++) {
            back = pressBackwards();
        }
        if (!back.equals(first)) {
            findings.add(Kind.KEYBOARD, page, w, "Shift+Tab " + stops + " times after Tab " + stops + " times lands on "
                    + describe(back) + ", not back on the skip link");
            return;
        }
        press(Keys.ENTER);
        String target = href.substring(1);
        Object focused = chromium.driver().executeScript("const t = document.getElementById(arguments[0]);"
                + "return t === null ? 'nothing (no element with that id)' : (t === document.activeElement || t.contains(document.activeElement)) ? '' "
                + ": '<' + document.activeElement.tagName.toLowerCase() + (document.activeElement.id ? ' id=' + document.activeElement.id : '') + '>';", target);
        if (!"".equals(focused)) {
            findings.add(Kind.KEYBOARD, page, w, "after following the skip link, focus is on " + focused + ", not in #" + target);
        }
        for (int i = 0; i < stops; i++) {
            Map<String, Object> next = press(Keys.TAB);
            if ("body".equals(next.get("tag"))) {
                break;
            }
            checkFocus(page, w, next);
        }
    }

    private void checkFocus(String page, String w, Map<String, Object> focus) {
        if ("body".equals(focus.get("tag"))) {
            return;
        }
        if (!Boolean.TRUE.equals(focus.get("visible"))) {
            findings.add(Kind.KEYBOARD, page, w, describe(focus) + " is not visible when it has keyboard focus");
        }
        if (!Boolean.TRUE.equals(focus.get("ring"))) {
            findings.add(Kind.KEYBOARD, page, w, describe(focus) + " shows no focus style (outline or box-shadow)");
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> press(CharSequence key) {
        new Actions(chromium.driver()).sendKeys(key).perform();
        return (Map<String, Object>) chromium.run("focus-state.js");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> pressBackwards() {
        new Actions(chromium.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        return (Map<String, Object>) chromium.run("focus-state.js");
    }

    private static String describe(Map<String, Object> focus) {
        return "<" + focus.get("tag") + "> \"" + focus.get("text") + "\"";
    }

    /** Follows every address on the test server once; addresses elsewhere (e.g. the fund's website) are not fetched. */
    private void followReferences() {
        String origin = server.origin() + "/";
        references.forEach((url, pages) -> {
            if (url.startsWith(origin)) {
                links.problem(url).ifPresent(problem -> pages.forEach(
                        page -> findings.add(Kind.BROKEN_LINK, page, "", url.substring(origin.length() - 1) + " " + problem)));
            }
        });
        for (String sheet : stylesheets) {
            long size = links.size(sheet);
            if (size > STYLESHEET_LIMIT) {
                findings.add(Kind.STYLESHEET_SIZE, URI.create(sheet).getPath(), "", size + " bytes, over the " + STYLESHEET_LIMIT + " byte budget");
            }
        }
    }

    /** "programmes/tajikistan/" becomes "programmes-tajikistan", "" becomes "home". */
    static String screenshotName(String path) {
        String name = path.replaceAll("^/+|/+$", "").replaceAll("[^A-Za-z0-9.-]+", "-");
        return name.isEmpty() ? "home" : name;
    }
}
