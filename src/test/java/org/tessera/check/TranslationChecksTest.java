package org.tessera.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.model.Problem;

class TranslationChecksTest {

    @TempDir
    Path dir;

    private static final String ORIGINAL = """
            ---
            title: About the fund
            ---

            ```tiles
            - value: 2,263
              label: women trained
            - value: 6
              label: border posts renovated
            ```

            The fund reached 2,500,000 people in 2023, and 94% of them were women.

            In all, {{< value tj-1 >}} families received support.
            """;

    private static final String FRENCH = """
            ---
            title: À propos du fonds
            ---

            ```tiles
            - value: 2 263
              label: femmes formées
            - value: 6
              label: postes frontières rénovés
            ```

            Le fonds a atteint 2,5 millions de personnes en 2023, dont 94 % de femmes.

            Au total, {{< value tj-1 >}} familles ont reçu un soutien.
            """;

    private List<String> translationWarnings(String french) {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition"))
                .site("languages: [en, fr]\ntranslations: partial")
                .file("content/data/indicators.csv", "programme,code,statement,unit,period,value\n"
                        + "tajikistan,tj-1,# of families supported,count,2022,490\n"
                        + "tajikistan,tj-2,# of officials trained,count,2022,31\n")
                .file("content/pages/about.md", ORIGINAL)
                .file("content/pages/about.fr.md", french);
        List<Problem> problems = edition.check().problems();
        assertEquals(List.of(), problems.stream().filter(Problem::isError).map(Problem::format).toList());
        return problems.stream().filter(p -> p.position().file().equals("content/pages/about.fr.md")).map(Problem::format).toList();
    }

    @Test
    void a_faithful_french_translation_with_2_5_millions_and_2_263_gives_no_warning() {
        assertEquals(List.of(), translationWarnings(FRENCH));
    }

    @Test
    void a_tile_whose_value_differs_is_a_warning_naming_both_positions() {
        List<String> warnings = translationWarnings(FRENCH.replace("value: 2 263", "value: 2 236"));
        assertEquals(List.of("content/pages/about.fr.md:6:3: warning: this tile shows \"2 236\" where the original's"
                + " (content/pages/about.md:6:3) shows \"2,263\"; a translation states the same figures"), warnings);
    }

    @Test
    void a_tile_missing_from_the_translation_is_a_warning_naming_both_positions() {
        List<String> warnings = translationWarnings(FRENCH.replace("- value: 6\n  label: postes frontières rénovés\n", ""));
        assertEquals(List.of("content/pages/about.fr.md:5:1: warning: tile 2 of the original's block (content/pages/about.md:8:3,"
                + " \"6\") is missing from this tiles block"), warnings);
    }

    @Test
    void a_figure_in_prose_that_differs_is_a_warning_naming_both_paragraphs() {
        List<String> warnings = translationWarnings(FRENCH.replace("2,5 millions", "2,4 millions"));
        assertEquals(List.of("content/pages/about.fr.md:12:1: warning: this paragraph states 2,4 millions, 2023, 94 where the"
                + " original's (content/pages/about.md:12:1) states 2,500,000, 2023, 94; a translation states the same figures"),
                warnings);
    }

    @Test
    void a_value_shortcode_of_another_indicator_is_a_warning() {
        List<String> warnings = translationWarnings(FRENCH.replace("{{< value tj-1 >}}", "{{< value tj-2 >}}"));
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("content/pages/about.fr.md:14:11: warning: {{< value tj-2 >}}"
                + " stands where the original (content/pages/about.md:14:9) has {{< value tj-1 >}}")), warnings.toString());
    }

    @Test
    void paragraphs_that_do_not_line_up_give_one_warning_that_the_structure_differs() {
        List<String> warnings = translationWarnings(FRENCH + "\nUn paragraphe de plus, avec 12 chiffres.\n");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("this translation has 3 paragraphs and its original content/pages/about.md has 2"),
                warnings.get(0));
    }

    @Test
    void figures_are_read_in_each_languages_number_syntax() {
        assertEquals(List.of(new BigDecimal("2500000"), new BigDecimal("2263"), new BigDecimal("94")),
                values("fr", "2,5 millions de personnes, 2 263 femmes, 94 % de la cible, tj-3.1a"));
        assertEquals(List.of(new BigDecimal("2500000"), new BigDecimal("2263"), new BigDecimal("2.5"), new BigDecimal("360")),
                values("en", "2.5 million people, 2,263 women, 2.5 times, the 1st edition, a 360-degree approach, 2020-10-28"));
        assertEquals(List.of(new BigDecimal("2263"), new BigDecimal("2263")), values("ar", "2,263 و٢٬٢٦٣"));
    }

    private static List<BigDecimal> values(String language, String text) {
        return WrittenFigures.of(language).in(text).stream().map(f -> f.value().stripTrailingZeros())
                .map(v -> v.scale() < 0 ? v.setScale(0) : v).toList();
    }
}
