package org.tessera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the example edition (the repository root) and reads the pages as a reader would. */
class ExampleEditionTest {

    static final Path EDITION = Path.of("").toAbsolutePath();

    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        BuildResult result = Tessera.build(EDITION, site, false);
        assertTrue(result.published(), result.problems().toString());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void example_edition_passes_check_with_no_problem() {
        assertEquals(List.of(), Tessera.check(EDITION).problems());
    }

    @Test
    void home_page_presents_the_publication() throws IOException {
        Document home = page("index.html");
        assertEquals("Migration MPTF in Action", home.selectFirst("h1").text());
        assertTrue(home.select(".cover__edition").text().contains("1st edition"), home.select(".cover__edition").text());
        assertTrue(home.select(".card__title").eachText().stream().anyMatch(t -> t.contains("Tajikistan")), home.select(".card__title").eachText().toString());
        assertEquals("en", home.selectFirst("html").attr("lang"));
        assertTrue(home.select("a.button").attr("href").endsWith(".pdf"));
    }

    @Test
    void programme_page_shows_facts_budget_and_results_framework() throws IOException {
        Document page = page("programmes/tajikistan/index.html");
        assertTrue(page.selectFirst("h1").text().contains("Tajikistan"));
        String facts = page.select(".facts").text();
        assertTrue(facts.contains("28 October 2020"), facts);
        assertTrue(facts.contains("FAO, IOM, UNICEF, UN Women"), facts);
        assertTrue(facts.contains("Budget (USD)") && facts.contains("Total 2,200,000"), "the currency once, in the caption: " + facts);
        assertTrue(facts.contains("Total 1,540,000"), facts);
        Element row = page.getElementById("tj-3.1a");
        assertTrue(row.text().contains("legal, social and protection support"), row.text());
        assertEquals("2,263", row.selectFirst(".current").text());
        assertTrue(page.select("table.results caption").eachText().containsAll(List.of("Outcome", "Output")));
        assertTrue(page.select("ol.assessment li").size() == 10, "ten assessment elements");
    }

    @Test
    void donors_page_lists_contributors_by_amount_with_total_and_target() throws IOException {
        Document donors = page("donors/index.html");
        List<String> names = donors.select("table.donors tbody th").eachText();
        assertEquals("Germany", names.get(0));
        assertEquals("Contribution (USD)", donors.selectFirst("table.donors thead th:eq(1)").text());
        assertEquals("Total 57,398,734", donors.select("table.donors tfoot").text());
        assertTrue(donors.select(".progress__text").text().contains("of the USD 150 million capitalization target"),
                donors.select(".progress__text").text());
    }

    @Test
    void every_dataset_is_published_as_csv_and_json_and_listed() throws IOException {
        Document data = page("data/index.html");
        for (String name : List.of("indicators", "donors")) {
            assertTrue(Files.exists(site.resolve("data/" + name + ".csv")));
            assertTrue(Files.readString(site.resolve("data/" + name + ".json")).contains("\"name\" : \"" + name + "\""));
            assertTrue(data.getElementById(name) != null, name + " listed");
        }
        assertTrue(Files.readString(site.resolve("data/indicators.csv")).startsWith("programme,code,"));
    }

    @Test
    void pages_sitemap_robots_and_404_exist() throws IOException {
        assertTrue(page("gender-spotlight/index.html").selectFirst("h1").text().contains("gender equality"));
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>/programmes/tajikistan/</loc>"), sitemap);
        assertTrue(sitemap.contains("<loc>/gender-spotlight/</loc>"));
        assertTrue(Files.readString(site.resolve("robots.txt")).startsWith("User-agent: *"));
        assertEquals("/", page("404.html").selectFirst(".site-title").attr("href"));
    }

    @Test
    void every_internal_link_and_asset_resolves() throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") && !f.endsWith("404.html")).toList()) {
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                for (Element link : doc.select("a[href], link[href], img[src], script[src]")) {
                    String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                    if (url.startsWith("http") || url.startsWith("mailto:") || url.startsWith("#") || url.contains("brochures/")) {
                        continue; // brochures are checked by the brochure tests
                    }
                    Path target = file.getParent().resolve(url.replaceAll("#.*", "")).normalize();
                    if (Files.isDirectory(target)) {
                        target = target.resolve("index.html");
                    }
                    if (!target.startsWith(site) || !Files.exists(target)) {
                        broken.add(site.relativize(file) + " -> " + url);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }
}
