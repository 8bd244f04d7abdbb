package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;

class DonorsAndHeadlinesTest {

    @TempDir
    Path dir;

    private TestEdition withDonors(String language) {
        return TestEdition.minimal(dir.resolve("edition")).site("language: " + language)
                .file("content/data/donors.csv", """
                donor,amount,kind
                Denmark,6588103,member-state
                Germany,"19,569,912",member-state
                Bosch,63121,private
                """);
    }

    @Test
    void donors_page_lists_contributors_largest_first_with_total_chart_and_progress() {
        Document html = withDonors("en").site("target: {amount: 150000000, currency: USD, by: 2026, label: capitalization target}")
                .build().html("donors/");
        assertEquals(List.of("Germany", "Denmark", "Bosch"), html.select("table.donors tbody th").eachText());
        assertEquals("Contribution (USD)", html.selectFirst("table.donors thead th:eq(1)").text());
        assertEquals(List.of("19,569,912", "6,588,103", "63,121"), html.select("table.donors tbody td").eachText());
        assertEquals("Total 26,221,136", html.selectFirst("table.donors tfoot tr").text());
        assertEquals("17.5% of the USD 150 million capitalization target by 2026", html.selectFirst(".progress__text").text());
        assertNotNull(html.selectFirst("figure.chart--bar svg[role=img]"), "a chart of the contributors");
        assertEquals(List.of("Germany", "Denmark", "Bosch"), html.select("figure.chart .chart__data tbody th").eachText());
    }

    @Test
    void donors_in_several_currencies_keep_each_its_own() {
        Document html = withDonors("en").file("content/data/donors.csv", """
                donor,amount,currency,kind
                Denmark,6588103,DKK,member-state
                Germany,"19,569,912",EUR,member-state
                """).build().html("donors/");
        assertEquals("Contribution", html.selectFirst("table.donors thead th:eq(1)").text());
        assertEquals(List.of("EUR 19,569,912", "DKK 6,588,103"), html.select("table.donors tbody td").eachText());
    }

    @Test
    void donors_page_without_a_target_shows_no_progress() {
        Document html = withDonors("en").build().html("donors/");
        assertEquals(null, html.selectFirst(".progress"));
    }

    @Test
    void home_headline_gives_the_gender_marker_share_against_the_target() {
        Document html = withDonors("en").site("gender_marker_target: 70")
                .file("content/programmes/tajikistan.yml", "title: A\ncountries: [TJ]\nstatus: active\nmarkers: {gender: B}\n")
                .file("content/programmes/ecuador.yml", "title: B\ncountries: [EC]\nstatus: active\nmarkers: {gender: A}\n")
                .file("content/programmes/chile.yml", "title: C\ncountries: [CL, MX]\nstatus: active\nmarkers: {gender: C}\n")
                .build().html("");
        assertEquals("USD 26,221,136", html.selectFirst(".tiles--headline .visually-hidden").text(), "the exact figure, for screen readers");
        html.select(".visually-hidden").remove();
        List<String> tiles = html.select(".tiles--headline .tile").eachText();
        assertTrue(tiles.contains("3 programmes"), tiles.toString());
        assertTrue(tiles.contains("4 countries"), tiles.toString());
        assertTrue(tiles.contains("USD 26.2 million mobilized from donors"), tiles.toString());
        assertTrue(tiles.contains("66.7% of programmes with a gender marker are marked A or B; the fund’s target is at least 70%"), tiles.toString());
    }

    @Test
    void home_headline_has_no_gender_tile_when_no_programme_has_a_marker() {
        Document html = withDonors("en").site("gender_marker_target: 70").build().html("");
        assertFalse(html.select(".tiles--headline").text().contains("gender"));
    }

    @Test
    void gender_marker_target_outside_0_to_100_is_an_error_on_its_line() {
        var problems = withDonors("en").site("gender_marker_target: 170").check().problems();
        assertEquals(List.of("site.yml:5:1: error: gender_marker_target must be a percentage from 0 to 100, e.g. 70, not 170"),
                problems.stream().map(p -> p.format()).toList());
    }

    @Test
    void french_headline_figures_follow_french_typography() {
        Document html = withDonors("fr").build().html("");
        assertTrue(html.select(".tiles--headline .tile__figure [aria-hidden]").eachText().contains("26,2 millions USD"),
                html.select(".tiles--headline").text());
    }

    @Test
    void site_yml_headlines_choose_the_home_pages_figures_in_the_form_of_tiles() {
        Document html = withDonors("en").programme("received: {currency: USD, total: 1500000}").site("""
                headlines:
                  - value: 1950000000
                    format: compact
                    label: US dollars required
                  - figure: received
                  - figure: mobilized
                    label: given by our donors
                  - figure: countries
                """).build().html("");
        assertEquals(List.of("1.95 billion US dollars required", "USD 1.5 million received by the programmes",
                "USD 26.2 million given by our donors", "1 countries"), html.select(".tiles--headline .tile").stream()
                .map(t -> t.select(".tile__figure [aria-hidden], .tile__figure:not(:has(*))").text() + " " + t.selectFirst(".tile__label").text())
                .toList());
    }

    @Test
    void without_headlines_a_pipeline_programmes_budget_is_not_counted_as_funds_budgeted() {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition"))
                .file("content/programmes/ask.yml", "title: An ask\ncountries: [GN]\nstatus: pipeline\nbudget: {currency: USD, total: 5000000}\n");
        String tiles = edition.build().html("").select(".tiles--headline").text();
        assertTrue(tiles.contains("USD 2,200,000 total budget of the funded programmes") && !tiles.contains("7.2 million"), tiles);
    }

    @Test
    void a_headline_figure_the_tool_does_not_know_is_an_error_naming_the_known_ones() {
        List<String> problems = TestEdition.minimal(dir.resolve("edition")).site("headlines:\n  - figure: budgett\n").check()
                .problems().stream().map(org.tessera.model.Problem::format).toList();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("site.yml:5:") && problems.get(0).contains("budgett"), problems.get(0));
    }

    @Test
    void the_donors_page_takes_its_caption_and_headers_from_donors_yml() {
        Document html = withDonors("en").file("content/data/donors.yml", """
                title: Contributors to the appeal
                columns:
                  donor: {type: text, label: Contributor}
                  amount: {type: money, currency: USD, label: Pledged}
                """).build().html("donors/");
        org.jsoup.nodes.Element table = html.selectFirst("table.donors");
        assertTrue(table.selectFirst("caption").text().startsWith("Contributors to the appeal"), table.selectFirst("caption").text());
        assertEquals(List.of("Contributor", "Pledged (USD)"), table.select("thead th").eachText());
    }
}
