package org.tessera.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.model.Edition;
import org.tessera.model.Problem;

public class TranslationsTest {

    @TempDir
    Path dir;

    public static final String SITE = """
            title: {en: Test Fund in Action, fr: Le Fonds test en action}
            edition: {label: "1st edition", date: 2023-09}
            publisher: Test Multi-Partner Trust Fund
            languages: [en, fr, ar]
            thematic_areas: {1: {en: Labour migration, fr: Migration de main-d'œuvre, ar: هجرة اليد العاملة}}
            """;

    /** site.yml with a title in English and French, an English about page and programme story, and two translations. */
    public static TestEdition threeLanguages(Path root) {
        return TestEdition.minimal(root).file("site.yml", SITE)
                .file("content/pages/about.md", """
                        ---
                        title: About the fund
                        ---

                        The fund reached 2,263 women and 94% of its target.
                        """)
                .file("content/pages/about.fr.md", """
                        ---
                        title: À propos du fonds
                        ---

                        Le fonds a atteint 2 263 femmes et 94 % de sa cible.
                        """)
                .story("""
                        ---
                        summary: {en: Families left behind, ar: الأسر التي بقيت}
                        ---

                        Families left behind receive support.
                        """)
                .file("content/programmes/tajikistan.ar.md", "تتلقى الأسر التي بقيت الدعم.\n")
                .file("content/data/donors.csv", "donor,amount\nSweden,2263000\n")
                .file("content/data/donors.yml", """
                        title: {en: Donor contributions, fr: Contributions des donateurs}
                        columns:
                          donor: {type: text, label: {en: Donor, fr: Donateur}}
                          amount: {type: money, currency: USD, label: Contribution}
                        """);
    }

    private EditionLoader.Loaded load() {
        return new EditionLoader().load(dir);
    }

    private static List<String> errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).map(Problem::format).toList();
    }

    @Test
    void an_edition_in_english_french_and_arabic_loads_checks_and_builds_without_errors() {
        TestEdition edition = threeLanguages(dir.resolve("edition"));
        assertEquals(List.of(), errors(edition.check().problems()));
        edition.build();
        assertTrue(edition.html("").selectFirst(".site-title").text().startsWith("Test Fund in Action"), "the default language at the root");
    }

    @Test
    void each_other_language_has_an_edition_in_the_order_of_languages() {
        threeLanguages(dir);
        EditionLoader.Loaded loaded = load();
        assertEquals(List.of("fr", "ar"), List.copyOf(loaded.translations().keySet()));
        assertEquals("en", loaded.edition().site().language());
        assertEquals(List.of("en", "fr", "ar"), loaded.edition().site().languages());
        assertEquals(List.of("about"), loaded.edition().pages().stream().map(p -> p.slug()).toList(),
                "about.fr.md is a translation, not a page of its own");
    }

    @Test
    void the_french_edition_reads_french_and_falls_back_to_english_where_no_french_is_given() {
        threeLanguages(dir);
        EditionLoader.Loaded loaded = load();
        Edition fr = loaded.translations().get("fr");
        assertEquals("fr", fr.site().language());
        assertEquals("Le Fonds test en action", fr.site().title());
        assertEquals("Migration de main-d'œuvre", fr.site().thematicAreas().get(1));
        assertEquals("À propos du fonds", fr.page("about").orElseThrow().title());
        assertEquals("fr", fr.page("about").orElseThrow().story().language());
        assertTrue(fr.page("about").orElseThrow().story().document().getChars().toString().contains("Le fonds a atteint"));
        var story = fr.programme("tajikistan").orElseThrow().story().orElseThrow();
        assertEquals("en", story.language(), "not translated into French: the English text, marked as English");
        assertEquals("Families left behind", story.summary().orElseThrow());
        assertEquals("Empowerment of families left behind", fr.programme("tajikistan").orElseThrow().title());
        assertEquals("Contributions des donateurs", fr.datasets().get("donors").title());
        assertEquals(List.of("Donateur", "Contribution"), fr.datasets().get("donors").columns().stream().map(c -> c.label()).toList());
        assertEquals(loaded.edition().datasets().get("donors").rows(), fr.datasets().get("donors").rows(), "figures are shared");
    }

    @Test
    void the_default_edition_is_english_as_before_and_the_arabic_one_has_the_arabic_story() {
        threeLanguages(dir);
        EditionLoader.Loaded loaded = load();
        assertEquals("Test Fund in Action", loaded.edition().site().title());
        assertEquals("About the fund", loaded.edition().page("about").orElseThrow().title());
        assertEquals("Donor contributions", loaded.edition().datasets().get("donors").title());
        Edition ar = loaded.translations().get("ar");
        var story = ar.programme("tajikistan").orElseThrow().story().orElseThrow();
        assertEquals("ar", story.language());
        assertEquals("content/programmes/tajikistan.ar.md", story.file());
        assertEquals("Test Fund in Action", ar.site().title(), "no Arabic title: the English one");
        assertEquals("en", ar.page("about").orElseThrow().story().language());
    }

    @Test
    void a_translated_page_without_a_title_of_its_own_takes_its_originals_without_a_warning() {
        threeLanguages(dir).file("content/pages/about.ar.md", "بلغ الصندوق 2,263 امرأة و94% من هدفه.\n");
        EditionLoader.Loaded loaded = load();
        assertEquals("About the fund", loaded.translations().get("ar").page("about").orElseThrow().title());
        assertEquals("ar", loaded.translations().get("ar").page("about").orElseThrow().story().language());
        assertEquals(List.of(), loaded.problems().stream().map(Problem::format).filter(m -> !m.contains("not translated")).toList());
    }

    @Test
    void a_load_from_serves_parse_cache_reads_the_same_editions_and_lists_the_same_untranslated_texts() {
        threeLanguages(dir);
        EditionLoader loader = new EditionLoader(new ParseCache());
        EditionLoader.Loaded first = loader.load(dir);
        EditionLoader.Loaded second = loader.load(dir);
        assertEquals(first.problems(), second.problems());
        assertTrue(first.problems().stream().anyMatch(p -> p.message().contains("not translated into fr")), first.problems().toString());
        assertSame(first.edition().programme("tajikistan").orElseThrow(), second.edition().programme("tajikistan").orElseThrow(),
                "an unchanged file is the very same programme, so serve renders nothing again");
        assertEquals("Le Fonds test en action", second.translations().get("fr").site().title());
        assertEquals("Contributions des donateurs", second.translations().get("fr").datasets().get("donors").title());
        assertEquals("fr", second.translations().get("fr").page("about").orElseThrow().story().language());
    }

    @Test
    void a_text_in_a_language_the_edition_lacks_is_an_error_naming_file_line_and_the_languages() {
        threeLanguages(dir).file("content/programmes/tajikistan.yml", TestEdition.PROGRAMME.replace(
                "title: Empowerment of families left behind", "title: {en: Empowerment, de: Stärkung}"));
        List<String> errors = errors(load().problems());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/programmes/tajikistan.yml:1:"), errors.get(0));
        assertTrue(errors.get(0).contains("'de', which is not a language of the edition (en, fr, ar)"), errors.get(0));
    }

    @Test
    void a_map_without_the_default_language_is_an_error() {
        threeLanguages(dir).file("content/programmes/tajikistan.yml", TestEdition.PROGRAMME.replace(
                "title: Empowerment of families left behind", "title: {fr: Autonomisation}"));
        List<String> errors = errors(load().problems());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("has no text in en, the edition's default language"), errors.get(0));
    }

    @Test
    void a_translation_of_a_page_that_does_not_exist_is_an_error() {
        threeLanguages(dir).file("content/pages/history.fr.md", "---\ntitle: Histoire\n---\n\nTexte.\n");
        List<String> errors = errors(load().problems());
        assertEquals(List.of("content/pages/history.fr.md:1:1: error: this translates the page 'history', but the edition has"
                + " no such page; add history.md beside it, or rename the file after the page it translates"), errors);
    }

    @Test
    void a_translation_into_a_language_the_edition_lacks_is_an_error() {
        threeLanguages(dir).file("content/programmes/tajikistan.de.md", "Text.\n");
        List<String> errors = errors(load().problems());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/programmes/tajikistan.de.md:1:1: error: this file is named as a translation"
                + " into 'de', which is not a language of the edition (en, fr, ar)"), errors.get(0));
    }

    @Test
    void check_lists_what_is_untranslated_once_per_language_grouped_by_file() {
        TestEdition edition = threeLanguages(dir.resolve("edition"));
        List<String> warnings = edition.check().problems().stream().filter(p -> p.message().contains("not translated into"))
                .map(Problem::format).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        String fr = warnings.get(0);
        assertTrue(fr.startsWith("site.yml:4:1: warning: "), fr);
        assertTrue(fr.contains("not translated into fr"), fr);
        assertTrue(fr.contains("content/programmes/tajikistan.md (the text)"), fr);
        assertTrue(fr.contains("content/programmes/tajikistan.yml (title (line 1))"), fr);
        assertTrue(fr.contains("content/data/donors.yml (label (line 4))"), fr);
        assertFalse(fr.contains("content/pages/about.md"), "about.fr.md translates it: " + fr);
        String ar = warnings.get(1);
        assertTrue(ar.contains("not translated into ar"), ar);
        assertTrue(ar.contains("content/pages/about.md (the text)"), ar);
        assertTrue(ar.contains("site.yml (title (line 1))"), ar);
        assertFalse(ar.contains("content/programmes/tajikistan.md"), ar);
    }

    @Test
    void translations_partial_silences_the_list_of_untranslated_texts() {
        TestEdition edition = threeLanguages(dir.resolve("edition")).site("translations: partial");
        assertEquals(List.of(), edition.check().problems().stream().map(Problem::format).toList());
    }

    @Test
    void language_alone_still_means_one_language_and_a_disagreeing_language_is_a_warning() {
        TestEdition.minimal(dir).site("language: fr");
        EditionLoader.Loaded loaded = load();
        assertEquals(List.of("fr"), loaded.edition().site().languages());
        assertTrue(loaded.translations().isEmpty());
        TestEdition.minimal(dir).site("language: fr\nlanguages: [en, fr]\ntranslations: partial");
        List<String> messages = load().problems().stream().map(Problem::format).toList();
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("site.yml:4:1: warning: 'language: fr' differs from the first of 'languages' (en)"),
                messages.get(0));
    }
}
