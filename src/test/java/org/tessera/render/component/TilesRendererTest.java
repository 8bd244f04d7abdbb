package org.tessera.render.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;

class TilesRendererTest {

    static final String INDICATORS = """
            programme,code,level,statement,unit,period,value
            tajikistan,tj-3.1a,output,# of women and children who received support services,count,2021,1200
            tajikistan,tj-3.1a,output,# of women and children who received support services,count,2022,"1,063"
            tajikistan,tj-1a,outcome,% of women who report improved wellbeing,percent,2021,80
            tajikistan,tj-1a,outcome,% of women who report improved wellbeing,percent,2022,94
            """;

    @TempDir
    Path dir;

    private Document page(String language, String tiles) {
        return TestEdition.minimal(dir.resolve("edition")).site("language: " + language)
                .file("content/data/indicators.csv", INDICATORS)
                .page("spotlight", "```tiles\n" + tiles + "```\n")
                .build().html("spotlight/");
    }

    private static List<String> figures(Document html) {
        return html.select(".tile .tile__figure").stream().map(Element::wholeText).toList(); // text() would turn no-break spaces into spaces
    }

    @Test
    void indicator_tile_shows_the_sum_of_a_count_and_the_latest_percent() {
        Document html = page("en", "- indicator: tj-3.1a\n- indicator: tj-1a\n");
        assertEquals(List.of("2,263", "94%"), figures(html));
    }

    @Test
    void french_edition_groups_thousands_with_a_space_and_spaces_the_percent_sign() {
        Document html = page("fr", "- indicator: tj-3.1a\n- indicator: tj-1a\n- value: \"4,970\"\n  label: personnes\n- value: 100%\n  label: programmes\n");
        assertEquals(List.of("2\u202f263", "94\u00a0%", "4\u202f970", "100\u00a0%"), figures(html));
    }

    @Test
    void literal_values_that_are_not_numbers_are_shown_as_written() {
        Document html = page("en", "- value: \"4,970\"\n  label: people\n- value: 6\n  label: posts\n- value: USD 2.2 million\n  label: budget\n");
        assertEquals(List.of("4,970", "6", "USD 2.2 million"), figures(html));
    }

    @Test
    void label_defaults_to_the_indicator_statement_and_can_be_overridden() {
        Document html = page("en", "- indicator: tj-3.1a\n- indicator: tj-1a\n- indicator: tj-3.1a\n  label: women and children reached\n");
        assertEquals(List.of("women and children who received support services", "of women who report improved wellbeing",
                "women and children reached"), html.select(".tile__label").eachText());
    }

    @Test
    void country_code_is_shown_as_the_country_name_above_the_figure() {
        Document html = page("en", "- value: 438\n  label: children\n  country: TT\n- value: 5\n  label: posts\n  country: Guinea, Sierra Leone, and Liberia\n");
        assertEquals(List.of("Trinidad & Tobago", "Guinea, Sierra Leone, and Liberia"), html.select(".tile__country").eachText());
    }

    @Test
    void country_name_follows_the_edition_language() {
        Document html = page("fr", "- value: 74\n  label: acteurs\n  country: ID\n");
        assertEquals("Indonésie", html.selectFirst(".tile__country").text());
    }

    @Test
    void indicator_tile_links_to_its_row_in_the_results_framework() {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition")).site("language: en")
                .file("content/data/indicators.csv", INDICATORS)
                .page("spotlight", "```tiles\n- indicator: tj-3.1a\n- value: 6\n  label: posts\n```\n").build();
        Element link = edition.html("spotlight/").selectFirst(".tile a");
        assertEquals("../programmes/tajikistan/#tj-3.1a", link.attr("href"));
        assertTrue(edition.html("programmes/tajikistan/").getElementById("tj-3.1a") != null, "the row the tile links to exists");
        assertEquals(1, edition.html("spotlight/").select(".tile a").size(), "a literal tile has no dataset row to link to");
    }

    @Test
    void compact_tile_prints_the_figure_in_words_and_keeps_the_exact_figure_for_screen_readers() {
        Document html = page("en", "- value: \"207,625,000\"\n  label: US dollars required\n  format: compact\n"
                + "- value: 1950000000\n  label: the appeal\n  format: compact\n- value: \"207,625,000\"\n  label: in full\n");
        List<Element> figures = html.select(".tile__figure");
        assertEquals("207.6 million", figures.get(0).selectFirst("[aria-hidden=true]").text());
        assertEquals("207,625,000", figures.get(0).selectFirst(".visually-hidden").text());
        assertEquals("1.95 billion", figures.get(1).selectFirst("[aria-hidden=true]").text());
        assertEquals("1,950,000,000", figures.get(1).selectFirst(".visually-hidden").text());
        assertEquals("207,625,000", figures.get(2).wholeText(), "without format: compact the figure is in full");
        assertTrue(figures.get(2).select("[aria-hidden], .visually-hidden").isEmpty());
    }

    @Test
    void french_compact_tile_uses_the_jdks_words() {
        Document html = page("fr", "- value: \"207,625,000\"\n  label: dollars\n  format: compact\n");
        java.text.NumberFormat jdk = java.text.NumberFormat.getCompactNumberInstance(java.util.Locale.FRENCH,
                java.text.NumberFormat.Style.LONG);
        jdk.setMaximumFractionDigits(2);
        assertEquals(jdk.format(207_600_000L), html.selectFirst(".tile__figure [aria-hidden=true]").wholeText());
        assertEquals("207\u202f625\u202f000", html.selectFirst(".tile__figure .visually-hidden").wholeText());
    }

    @Test
    void a_long_figure_is_marked_for_a_smaller_size_and_a_short_one_is_not() {
        Document html = page("en", "- value: 74\n  label: stakeholders\n- value: \"125,750\"\n  label: people\n"
                + "- value: \"207,625,000\"\n  label: dollars\n- value: \"1,950,000,000,000\"\n  label: dollars\n");
        List<Element> figures = html.select(".tile__figure");
        assertEquals(List.of("tile__figure", "tile__figure tile__figure--long", "tile__figure tile__figure--longer",
                "tile__figure tile__figure--longest"), figures.stream().map(Element::className).toList());
        assertEquals(List.of("--len: 2", "--len: 6.5", "--len: 10", "--len: 15"), figures.stream().map(f -> f.attr("style")).toList());
    }

    @Test
    void a_figure_in_words_is_fitted_by_its_longest_word_but_kept_to_two_lines() {
        assertEquals(6.5, TileFigure.fitLength("125,750"), "a comma is half a digit");
        assertEquals(6.5, TileFigure.fitLength("1 million+"), "\"million+\" is the longest word");
        assertEquals(7, TileFigure.fitLength("USD 57.4 million"), "half the whole width, so at most about two lines");
        assertEquals(8, TileFigure.fitLength("2\u202f263\u202f000"), "a no-break space does not break the figure");
    }

    @Test
    void inline_value_is_formatted_and_linked_like_a_tile() {
        Document html = TestEdition.minimal(dir.resolve("edition")).site("language: fr")
                .file("content/data/indicators.csv", INDICATORS)
                .page("spotlight", "Plus de {{< value tj-3.1a >}} femmes et enfants.\n").build().html("spotlight/");
        Element figure = html.selectFirst("a.figure");
        assertEquals("2\u202f263", figure.wholeText());
        assertEquals("../programmes/tajikistan/#tj-3.1a", figure.attr("href"));
    }
}
