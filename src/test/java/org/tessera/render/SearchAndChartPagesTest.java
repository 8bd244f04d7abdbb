package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.TestFiles;
import org.tessera.load.TranslationsTest;
import org.tessera.model.Problem;

/** Site search (a box on every page, an index per language, the list of every page) and a page of its own per chart. */
class SearchAndChartPagesTest {

    static final String CHARTS = """
            ---
            title: Results
            ---

            Who gave most.

            ```chart
            type: bar
            data: donors
            x: donor
            y: amount
            id: top-donors
            sort: desc
            top: 2
            title: The two largest donors
            ```

            Every donor.

            ```chart
            type: column
            data: donors
            x: donor
            y: amount
            ```
            """;

    @TempDir
    static Path dir;
    static TestEdition edition;

    @BeforeAll
    static void build() {
        edition = TranslationsTest.threeLanguages(dir.resolve("edition"));
        edition.site("base_url: https://example.org/fund/")
                .file("content/data/donors.csv", "donor,amount\nSweden,2263000\nNorway,1500000\n\"Korea, Republic of\",3100000\n")
                .file("content/pages/results.md", CHARTS)
                .build();
    }

    @Test
    void every_page_has_a_search_box_that_without_javascript_leads_to_the_list_of_every_page() {
        Element home = edition.html("").selectFirst("form[role=search]");
        assertEquals("search/", home.attr("action"));
        assertEquals("Search this site", home.selectFirst("label[for=site-search-q]").text());
        assertEquals("../../search/", edition.html("programmes/tajikistan/").selectFirst("form[role=search]").attr("action"));
        assertEquals("../fr/search/", edition.html("fr/").selectFirst("form[role=search]").attr("action"), "a French page leads to the French list");
    }

    @Test
    void the_list_of_every_page_links_every_page_of_its_language() {
        Set<String> listed = new TreeSet<>(edition.html("search/").select(".search-list a").eachAttr("href"));
        Set<String> pages = new TreeSet<>();
        for (String loc : TestFiles.read(edition.output().resolve("sitemap.xml")).split("<loc>")) {
            String address = loc.replaceFirst("</loc>(?s).*", "").replace("https://example.org/fund/", "");
            if (loc.contains("</loc>") && !address.matches("(fr|ar)/.*") && !address.equals("search/")) {
                pages.add("../" + address);
            }
        }
        assertEquals(pages, listed);
        assertTrue(listed.containsAll(List.of("../programmes/tajikistan/", "../results/", "../charts/top-donors/")), listed.toString());
    }

    @Test
    void each_language_has_its_own_index_in_its_own_words() {
        String english = TestFiles.read(edition.output().resolve("search/index.js"));
        String french = TestFiles.read(edition.output().resolve("fr/search/index.js"));
        assertTrue(english.startsWith("window.tesseraSearch="), "a script, which loads from file:// where JSON cannot be fetched");
        assertTrue(english.contains("[\"page\",\"About the fund\",\"about/\""), english);
        assertTrue(french.contains("[\"page\",\"À propos du fonds\",\"about/\""), french);
        assertTrue(french.contains("\"programme\":\"Programmes\"") && french.contains("\"dataset\":\"Jeux de données\""), french);
        assertTrue(english.contains("[\"dataset\",\"Donor contributions\",\"data/#donors\""), english);
        assertTrue(Files.exists(edition.output().resolve("ar/search/index.js")));
    }

    @Test
    void every_page_loads_the_one_script_deferred_and_the_index_loads_only_when_searching() {
        for (String page : List.of("", "programmes/tajikistan/", "fr/about/", "search/", "charts/top-donors/")) {
            List<Element> scripts = edition.html(page).select("script");
            assertEquals(1, scripts.size(), page);
            assertTrue(scripts.get(0).hasAttr("defer") && scripts.get(0).attr("src").endsWith("assets/tessera.js"), page);
        }
        assertTrue(Files.exists(edition.output().resolve("assets/minisearch.js")));
    }

    @Test
    void a_chart_page_has_the_chart_its_table_source_downloads_and_embed_code() {
        Document page = edition.html("charts/top-donors/");
        assertEquals("The two largest donors", page.selectFirst("h1").text());
        assertTrue(page.selectFirst("figure svg[role=img]") != null, "the chart");
        assertEquals(List.of("Korea, Republic of", "Sweden"), page.select("figure table tbody th").eachText(), "its table, open");
        assertTrue(page.selectFirst("figure details").hasAttr("open"));
        assertTrue(page.selectFirst(".chart__source").text().startsWith("Data: donors.csv"), page.selectFirst(".chart__source").text());
        assertEquals(List.of("top-donors.svg", "top-donors.csv"), page.select(".chart-page__downloads a").eachAttr("href"));
        String embed = page.selectFirst("textarea#chart-embed-code").text();
        assertTrue(embed.startsWith("<iframe src=\"https://example.org/fund/charts/top-donors/\" title=\"The two largest donors\""), embed);
        assertTrue(embed.contains("postMessage") || embed.contains("addEventListener(\"message\""), embed);
        assertEquals("_top", page.selectFirst("base").attr("target"), "links inside a frame open in the reader's window");
        assertTrue(edition.html("fr/charts/top-donors/").selectFirst("textarea").text().contains("https://example.org/fund/fr/charts/top-donors/"));
    }

    @Test
    void each_chart_of_a_story_links_its_own_page() {
        List<Element> links = edition.html("results/").select("p.chart__share a");
        assertEquals(List.of("../charts/top-donors/", "../charts/results-2/"), links.stream().map(a -> a.attr("href")).toList(),
                "a chart without an id is named by its page and its order there");
        assertEquals("Share or embed this chart", links.get(0).text());
    }

    @Test
    void the_charts_csv_holds_exactly_the_rows_the_chart_shows() {
        assertEquals("Donor,Contribution\n\"Korea, Republic of\",3100000\nSweden,2263000\n",
                TestFiles.read(edition.output().resolve("charts/top-donors/top-donors.csv")));
        String svg = TestFiles.read(edition.output().resolve("charts/top-donors/top-donors.svg"));
        assertTrue(svg.startsWith("<?xml") && svg.contains("http://www.w3.org/2000/svg") && svg.contains("The two largest donors"));
    }

    @Test
    void two_charts_with_one_id_are_a_warning_that_names_the_second() {
        TestEdition twins = TestEdition.minimal(dir.resolve("twins")).file("content/data/donors.csv", "donor,amount\nSweden,2263000\n")
                .file("content/data/donors.yml", "columns: {donor: {type: text}, amount: {type: number}}\n")
                .file("content/pages/results.md", CHARTS).file("content/pages/second-results.md", CHARTS.replace("title: Results", "title: Second results"));
        List<String> warnings = twins.check().problems().stream().filter(p -> !p.isError()).map(Problem::format)
                .filter(m -> m.contains("chart id")).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("content/pages/second-results.md:7:"), warnings.get(0));
        assertTrue(warnings.get(0).contains("is taken by a chart of content/pages/results.md:7"), warnings.get(0));
    }

    @Test
    void indicators_come_in_the_index_second_file_each_within_its_programmes_entry_without_its_address_and_title(@TempDir Path small) {
        TestEdition indicators = TestEdition.minimal(small).file("content/data/indicators.csv",
                "programme,code,statement,unit,period,value\ntajikistan,tj-1,# of teachers trained,count,2023,1\n").build();
        String first = TestFiles.read(indicators.output().resolve("search/index.js"));
        String more = TestFiles.read(indicators.output().resolve("search/index-more.js"));
        assertTrue(more.startsWith("window.tesseraSearchMore=["), more);
        assertTrue(!first.contains("[\"indicator\""), "the first file, read before the first answer, holds pages only");
        List<String> entries = (first + more).lines().filter(l -> l.startsWith("[")).toList();
        String indicator = entries.stream().filter(l -> l.startsWith("[\"indicator\"")).findFirst().orElseThrow();
        java.util.regex.Matcher within = java.util.regex.Pattern.compile("^\\[\"indicator\",\"# of teachers trained\",\"#tj-1\",\"tj-1\",(\\d+)]")
                .matcher(indicator);
        assertTrue(within.find(), indicator);
        assertTrue(entries.get(Integer.parseInt(within.group(1))).startsWith("[\"programme\",\"Empowerment of families left behind\","
                + "\"programmes/tajikistan/\""), "the fifth element is the position of the programme's entry, counted through both files");
    }
}
