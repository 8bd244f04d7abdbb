package org.tessera.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.BuildResult;
import org.tessera.TestEdition;
import org.tessera.Tessera;

/** What search engines and link previews read in the built pages, and what readers download: no browser needed. */
class PublishedPagesTest {

    @TempDir
    Path dir;

    @Test
    void every_page_has_a_title_description_and_open_graph_title_description_and_image() throws IOException {
        ExampleSite site = ExampleSite.build(dir);
        List<String> missing = new ArrayList<>();
        for (String page : site.htmlFiles()) {
            Document doc = parse(site, page);
            for (String selector : List.of("title", "meta[name=description]", "meta[property=og:title]",
                    "meta[property=og:description]", "meta[property=og:image]")) {
                String value = selector.equals("title") ? doc.title() : doc.select(selector).attr("content");
                if (value.isBlank()) {
                    missing.add(page + ": no " + selector);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void with_an_absolute_base_url_pages_have_canonical_and_open_graph_addresses_on_that_host() throws IOException {
        ExampleSite site = ExampleSite.buildWithBaseUrl(dir, "https://example.org/mptf/");
        Document programme = parse(site, "programmes/tajikistan/index.html");
        assertEquals("https://example.org/mptf/programmes/tajikistan/", programme.select("link[rel=canonical]").attr("href"));
        assertEquals("https://example.org/mptf/programmes/tajikistan/", programme.select("meta[property=og:url]").attr("content"));
        // Shared, the programme shows its photograph; a page without one shows the edition's card.
        String shared = programme.select("meta[property=og:image]").attr("content");
        assertTrue(shared.startsWith("https://example.org/mptf/assets/photos/young-grass."), shared);
        assertEquals("https://example.org/mptf/assets/tessera-card.png",
                parse(site, "gender-spotlight/index.html").select("meta[property=og:image]").attr("content"));
        assertEquals("https://example.org/mptf/", parse(site, "index.html").select("link[rel=canonical]").attr("href"));
        assertTrue(ExampleSite.read(site.output().resolve("robots.txt")).contains("Sitemap: https://example.org/mptf/sitemap.xml"));
    }

    @Test
    void with_a_path_only_base_url_no_host_is_invented() throws IOException {
        ExampleSite site = ExampleSite.buildWithBaseUrl(dir, "/mptf/");
        Document home = parse(site, "index.html");
        assertTrue(home.select("link[rel=canonical], meta[property=og:url]").isEmpty(), home.head().html());
        assertEquals("/mptf/assets/tessera-card.png", home.select("meta[property=og:image]").attr("content"));
    }

    @Test
    void sitemap_lists_every_page_meant_for_search_and_only_pages_that_exist() {
        ExampleSite site = ExampleSite.buildWithBaseUrl(dir, "https://example.org/mptf/");
        Set<String> listed = new TreeSet<>();
        for (String loc : site.sitemap()) {
            assertTrue(loc.startsWith("https://example.org/mptf/"), loc);
            listed.add(loc.substring("https://example.org/mptf/".length()) + "index.html");
        }
        Set<String> pages = new TreeSet<>();
        for (String page : site.htmlFiles()) {
            if (parse(site, page).select("meta[name=robots][content*=noindex]").isEmpty()) {
                pages.add(page);
            }
        }
        assertEquals(pages, listed);
        assertFalse(listed.contains("404.html"));
    }

    @Test
    void a_page_with_a_hero_photograph_previews_with_it_and_its_alt_text() throws IOException {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition")).story("""
                ---
                hero: {image: assets/field.png, alt: Women farmers in a field in Khatlon, caption: Khatlon, credit: © IOM}
                ---
                The programme's story.
                """).photo("assets/field.png", Chromium.class.getResourceAsStream("/static/tessera-card.png").readAllBytes());
        BuildResult result = Tessera.build(edition.root(), dir.resolve("site"), false);
        assertTrue(result.published(), result.problems().toString());
        Document page = Jsoup.parse(dir.resolve("site/programmes/tajikistan/index.html").toFile(), "UTF-8");
        String image = page.select("meta[property=og:image]").attr("content");
        assertTrue(image.startsWith("/assets/field"), image);
        assertTrue(Files.isRegularFile(dir.resolve("site").resolve(image.substring(1))), image + " is published");
        assertEquals("Women farmers in a field in Khatlon", page.select("meta[property=og:image:alt]").attr("content"));
    }

    @Test
    void built_in_link_preview_image_is_1200_by_630() throws IOException {
        ExampleSite site = ExampleSite.build(dir);
        BufferedImage card = ImageIO.read(site.output().resolve("assets/tessera-card.png").toFile());
        assertEquals(1200, card.getWidth());
        assertEquals(630, card.getHeight());
    }

    @Test
    void pages_carry_no_script_but_the_deferred_site_script_and_the_stylesheet_stays_small() throws IOException {
        ExampleSite site = ExampleSite.build(dir);
        List<String> scripts = new ArrayList<>();
        for (String page : site.htmlFiles()) {
            for (org.jsoup.nodes.Element script : parse(site, page).select("script")) {
                boolean allowed = (script.attr("src").equals(SiteTour.SCRIPT) || script.attr("src").endsWith("/" + SiteTour.SCRIPT)) && script.hasAttr("defer") && script.data().isBlank();
                if (!allowed) {
                    scripts.add(page + ": " + script);
                }
            }
        }
        assertEquals(List.of(), scripts, "scripts other than " + SiteTour.SCRIPT + " with defer: published pages must work without "
                + "JavaScript, which only enhances them (the search box, a chart's frame height)");
        long css = Files.size(site.output().resolve("assets/tessera.css"));
        assertTrue(css < SiteTour.STYLESHEET_LIMIT, "assets/tessera.css is " + css + " bytes, over the budget of " + SiteTour.STYLESHEET_LIMIT);
    }

    private static Document parse(ExampleSite site, String page) {
        try {
            return Jsoup.parse(site.output().resolve(page).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
