package org.tessera.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tessera.TestEdition;
import org.tessera.TestFiles;

/**
 * The example edition in Chromium: the search box finds as the reader types, served under /mptf/ and opened from
 * file://, and a chart page embedded in a frame of a page on another origin takes the chart's height.
 * Skipped when Chromium is not installed, unless TESSERA_BROWSER_TESTS=required.
 */
class SearchAndEmbedInBrowserTest {

    @TempDir
    static Path dir;
    static ExampleSite site;
    static Chromium chromium;
    static StaticServer server;
    static StaticServer otherSite;
    static java.util.Optional<String> missing;

    @BeforeAll
    static void serve() throws Exception {
        missing = Chromium.missing();
        if (missing.isPresent()) {
            return;
        }
        chromium = Chromium.start();
        site = ExampleSite.buildWithBaseUrl(dir, SiteInBrowserTest.BASE_PATH);
        server = StaticServer.serve(site.output(), SiteInBrowserTest.BASE_PATH);
    }

    @BeforeEach
    void needsChromium() {
        assumeTrue(missing.isEmpty(), missing::get);
        chromium.resize(Chromium.Width.DESKTOP);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable open : new AutoCloseable[] {otherSite, server, chromium}) {
            try {
                if (open != null) {
                    open.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void typing_khatlon_finds_the_tajikistan_programme() {
        chromium.open(server.home() + "countries/");
        List<String> found = type("Khatlon");
        assertTrue(found.contains(server.home() + "programmes/tajikistan/"), found.toString());
        String status = chromium.driver().findElement(By.id("site-search-status")).getText();
        assertTrue(status.matches("\\d+ results?"), "the count in the live status: " + status);
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    void the_keyboard_moves_from_the_box_to_the_results_and_enter_opens_the_first() {
        chromium.open(server.home());
        type("Khatlon");
        WebElement box = chromium.driver().findElement(By.id("site-search-q"));
        box.sendKeys(Keys.ARROW_DOWN);
        WebElement focused = chromium.driver().switchTo().activeElement();
        assertEquals(server.home() + "programmes/tajikistan/", focused.getAttribute("href"));
        box.sendKeys(Keys.ENTER);
        try {
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/programmes/tajikistan/"));
        } catch (RuntimeException e) {
            throw new AssertionError("at " + chromium.driver().getCurrentUrl() + " focus " + chromium.driver().switchTo().activeElement().getAttribute("outerHTML"), e);
        }
    }

    @Test
    void search_works_from_file_and_in_each_language() {
        chromium.open(site.output().resolve("fr/index.html").toUri().toString());
        List<String> found = type("familles");
        assertTrue(found.stream().anyMatch(h -> h.endsWith("/fr/programmes/tajikistan/")), "the French index, from file://: " + found);
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    void a_chart_page_in_a_frame_of_another_site_shows_the_chart_alone_at_its_height() throws Exception {
        chromium.open(server.home() + "charts/gender-spotlight-2024-1/");
        String code = chromium.driver().findElement(By.id("chart-embed-code")).getAttribute("value");
        assertTrue(code.startsWith("<iframe src=\"" + SiteInBrowserTest.BASE_PATH + "charts/gender-spotlight-2024-1/\""), code);
        // base_url here has no host, so the code names the path; the other site's page names the edition's host
        String host = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A partner's article</title></head>"
                + "<body><h1>A partner's article</h1>" + code.replace("src=\"/", "src=\"" + server.origin() + "/")
                + "<p id=\"after\">Text after the chart.</p></body></html>";
        Path other = dir.resolve("other");
        TestFiles.write(other.resolve("article.html"), host);
        otherSite = StaticServer.serve(other, "/");
        chromium.open(otherSite.home() + "article.html");
        WebElement frame = chromium.driver().findElement(By.cssSelector("iframe[data-tessera-chart]"));
        String initial = frame.getAttribute("height");
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(d -> !frame.getCssValue("height").equals(initial + "px")
                && frame.getAttribute("style").contains("height"));
        int height = Integer.parseInt(frame.getCssValue("height").replace("px", ""));
        chromium.driver().switchTo().frame(frame);
        try {
            assertTrue(chromium.driver().findElement(By.tagName("html")).getAttribute("class").contains("embedded"));
            assertTrue(chromium.driver().findElement(By.cssSelector("figure svg")).isDisplayed(), "the chart shows");
            assertTrue(!chromium.driver().findElement(By.cssSelector(".site-header")).isDisplayed(), "the site's header does not");
            long content = (Long) chromium.driver().executeScript("return Math.ceil(document.body.getBoundingClientRect().height);");
            assertTrue(Math.abs(content - height) <= 2, "the frame is " + height + " px high, its page " + content + " px");
            assertEquals("_top", chromium.driver().findElement(By.tagName("base")).getAttribute("target"),
                    "its links open in the reader's window, not inside the frame");
        } finally {
            chromium.driver().switchTo().defaultContent();
        }
    }

    @Test
    void a_query_asked_before_the_index_is_read_is_answered_again_when_all_of_it_is(@TempDir Path big) {
        // more entries than the script indexes in one slice (500): the one indicator that matches comes last
        StringBuilder indicators = new StringBuilder("programme,code,statement,unit,period,value\n");
        for (int i = 1; i <= 1500; i++) {
            indicators.append("tajikistan,tj-").append(i).append(",# of people reached in district ").append(i).append(",count,2023,1\n");
        }
        indicators.append("tajikistan,tj-last,# of teachers trained in Zerafshan,count,2023,1\n");
        TestEdition edition = TestEdition.minimal(big).file("content/data/indicators.csv", indicators.toString()).build();
        // "families": a word of the programme's title, by which its indicators are found too
        chromium.open(edition.output().resolve("search/index.html").toUri() + "?q=families%20Zerafshan");
        WebElement status = chromium.driver().findElement(By.id("site-search-status"));
        try {
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(20)).until(d -> status.getText().matches("\\d+ results?"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the status still says \"" + status.getText() + "\" 20 s on", e);
        }
        assertEquals("1 result", status.getText(), "not \"0 found so far\": the first answer, from the first slice, is redone");
        List<String> found = chromium.driver().findElements(By.cssSelector("#site-search-results a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertTrue(found.get(0).endsWith("/programmes/tajikistan/index.html#tj-last") || found.get(0).endsWith("/programmes/tajikistan/#tj-last"),
                found.toString());
        assertEquals(List.of(), chromium.consoleErrors());
    }

    /** Types into the search box and returns the addresses of the results, once they show. */
    private static List<String> type(String words) {
        WebElement box = chromium.driver().findElement(By.id("site-search-q"));
        box.click();
        box.sendKeys(words);
        WebElement results = chromium.driver().findElement(By.id("site-search-results"));
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(d -> results.isDisplayed()
                && !results.findElements(By.tagName("a")).isEmpty());
        return results.findElements(By.tagName("a")).stream().map(a -> a.getAttribute("href")).toList();
    }
}
