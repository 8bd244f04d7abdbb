package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.load.TranslationsTest;

/** An edition in English, French and Arabic: each language's pages under its folder, linked to each other. */
class TranslatedSiteTest {

    @TempDir
    static Path dir;
    static TestEdition edition;

    @BeforeAll
    static void build() {
        edition = TranslationsTest.threeLanguages(dir.resolve("edition"));
        edition.file("site.yml", TranslationsTest.SITE + """
                base_url: https://example.org/fund/
                brochures:
                  - id: in-action
                    title: {en: The fund in action, fr: Le fonds en action}
                    languages: [en, fr]
                    contents: [cover, programme:tajikistan, page:about, back-cover]
                """);
        edition.build();
    }

    @Test
    void the_first_language_is_at_the_root_and_each_other_under_its_folder_with_its_lang() {
        assertEquals("en", edition.html("about/index.html").selectFirst("html").attr("lang"));
        Document french = edition.html("fr/about/index.html");
        assertEquals("fr", french.selectFirst("html").attr("lang"));
        assertTrue(french.text().contains("Le fonds a atteint 2 263 femmes"), "the French translation of the page");
        Document arabic = edition.html("ar/programmes/tajikistan/index.html");
        assertEquals("rtl", arabic.selectFirst("html").attr("dir"));
        assertTrue(arabic.text().contains("تتلقى الأسر التي بقيت الدعم"));
    }

    @Test
    void a_translated_story_s_relative_links_lead_from_its_own_page(@TempDir Path other) {
        TestEdition edition = TranslationsTest.threeLanguages(other.resolve("edition"))
                .file("content/programmes/tajikistan.ar.md", "تتلقى الأسر التي بقيت الدعم. [هذا البرنامج](./) و[الصندوق](../../about/).\n")
                .build();
        List<String> links = edition.html("ar/programmes/tajikistan/index.html").select("main a[href]").eachAttr("href");
        java.net.URI page = java.net.URI.create("https://example.org/fund/ar/programmes/tajikistan/");
        List<String> reached = links.stream().map(href -> page.resolve(href).getPath()).toList();
        assertTrue(reached.contains("/fund/ar/programmes/tajikistan/"), reached::toString);
        assertTrue(reached.contains("/fund/ar/about/"), reached::toString);
        assertTrue(links.stream().noneMatch(href -> href.contains("tajikistan.ar")), links::toString);
    }

    @Test
    void every_page_links_its_translations_with_hreflang_and_a_switcher() {
        Document page = edition.html("fr/programmes/tajikistan/index.html");
        List<String> alternates = page.select("link[rel=alternate][hreflang]").eachAttr("href");
        assertEquals(List.of("https://example.org/fund/programmes/tajikistan/", "https://example.org/fund/fr/programmes/tajikistan/",
                "https://example.org/fund/ar/programmes/tajikistan/", "https://example.org/fund/programmes/tajikistan/"), alternates);
        List<Element> switcher = page.select("nav.languages a");
        assertEquals(List.of("English", "Français", "العربية"), switcher.stream().map(Element::text).toList());
        assertEquals("../../../ar/programmes/tajikistan/", switcher.get(2).attr("href"));
        assertEquals("page", switcher.get(1).attr("aria-current"));
    }

    @Test
    void the_home_page_links_its_translations_from_where_it_stands() {
        List<String> hrefs = edition.html("index.html").select("nav.languages a").eachAttr("href");
        assertEquals(List.of("./", "fr/", "ar/"), hrefs);
    }

    @Test
    void a_page_without_its_translation_says_so_in_the_readers_language() {
        Document french = edition.html("fr/programmes/tajikistan/index.html");
        assertTrue(french.selectFirst(".translation-note").text().contains("pas encore traduite"), french.select("main").text());
        assertTrue(french.text().contains("Families left behind receive support."), "the English story stands in");
        assertTrue(edition.html("ar/programmes/tajikistan/index.html").select(".translation-note").isEmpty(), "translated in Arabic");
    }

    @Test
    void data_downloads_and_assets_are_published_once_at_the_root_and_linked_from_every_language() {
        Path out = edition.output();
        assertTrue(Files.isRegularFile(out.resolve("data/donors.csv")));
        assertFalse(Files.exists(out.resolve("fr/data/donors.csv")), "datasets are shared");
        assertFalse(Files.exists(out.resolve("fr/assets")), "assets are shared");
        Document french = edition.html("fr/donors/index.html");
        assertEquals("../../assets/tessera.css", french.selectFirst("link[rel=stylesheet]").attr("href"));
        assertTrue(french.select("a[href='../../data/donors.csv']").size() > 0, french.select("a").eachAttr("href").toString());
    }

    @Test
    void brochures_are_published_in_the_languages_they_list() {
        Path out = edition.output();
        assertTrue(Files.isRegularFile(out.resolve("brochures/in-action.pdf")));
        assertTrue(Files.isRegularFile(out.resolve("fr/brochures/in-action.pdf")));
        assertTrue(Files.isRegularFile(out.resolve("fr/brochures/in-action/index.html")));
        assertFalse(Files.exists(out.resolve("ar/brochures/in-action.pdf")), "the brochure lists en and fr only");
        assertEquals("Le fonds en action", edition.html("fr/brochures/in-action/index.html").selectFirst("h1").text());
    }

    @Test
    void the_sitemap_lists_every_language() throws Exception {
        String sitemap = Files.readString(edition.output().resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://example.org/fund/fr/about/</loc>"));
        assertTrue(sitemap.contains("<loc>https://example.org/fund/ar/about/</loc>"));
    }
}
