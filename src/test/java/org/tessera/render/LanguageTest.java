package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.Tessera;

class LanguageTest {

    @TempDir
    Path dir;

    private Document build(String language, String path) throws IOException {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition"))
                .site("language: " + language)
                .file("content/data/donors.csv", "donor,amount\nSuède,2263000\n");
        Path out = dir.resolve("site-" + language);
        assertTrue(Tessera.build(edition.root(), out, false).published());
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void french_edition_speaks_french_and_groups_numbers_with_spaces() throws IOException {
        Document page = build("fr", "programmes/tajikistan/index.html");
        assertEquals("fr", page.selectFirst("html").attr("lang"));
        assertTrue(page.select("nav").text().contains("Donateurs"), page.select("nav").text());
        String budget = page.select(".facts table.money tfoot").text().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertEquals("Total 2 200 000", budget);
        assertEquals("Budget (USD)", page.selectFirst(".facts table.money caption").text(), "the currency, once");
        assertTrue(page.select(".facts").text().contains("Tadjikistan"));
    }

    @Test
    void arabic_edition_is_right_to_left() throws IOException {
        Document page = build("ar", "index.html");
        assertEquals("rtl", page.selectFirst("html").attr("dir"));
        assertEquals("ar", page.selectFirst("html").attr("lang"));
        assertTrue(page.select("nav").text().contains("المانحون"), page.select("nav").text());
    }

    @Test
    void every_language_file_has_every_word_of_the_english_one() throws IOException {
        java.util.Properties english = words("en");
        for (String language : java.util.List.of("fr", "es", "ar")) {
            java.util.Set<Object> missing = new java.util.TreeSet<>(english.keySet());
            missing.removeAll(words(language).keySet());
            assertEquals(java.util.Set.of(), missing, language + " lacks words");
        }
    }

    private static java.util.Properties words(String language) throws IOException {
        java.util.Properties words = new java.util.Properties();
        try (var in = LanguageTest.class.getClassLoader().getResourceAsStream("messages/messages_" + language + ".properties")) {
            words.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return words;
    }

    @Test
    void an_edition_can_override_interface_words() throws IOException {
        TestEdition.minimal(dir.resolve("edition")).file("templates/messages_en.properties", "nav.donors=Our partners\n");
        Document page = build("en", "index.html");
        assertTrue(page.select("nav").text().contains("Our partners"), page.select("nav").text());
    }

    @Test
    void an_edition_template_overrides_the_built_in_one_file_by_file() throws IOException {
        TestEdition.minimal(dir.resolve("edition")).file("templates/404.peb", "{% extends \"base\" %}{% block content %}<h1>Lost</h1>{% endblock %}");
        build("en", "index.html");
        Document notFound = Jsoup.parse(dir.resolve("site-en/404.html").toFile(), "UTF-8");
        assertEquals("Lost", notFound.selectFirst("h1").text());
        assertTrue(notFound.select(".site-title").text().contains("Test Fund in Action"), "the built-in base template still applies");
    }
}
