package org.tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;

/** {@code tessera diff} prints every change planted between two editions, and nothing else. */
class DiffCommandTest {

    @TempDir
    Path dir;

    private TestEdition copy(String name) {
        return TestEdition.copyOf("editions/minimal", dir.resolve(name))
                .file("content/data/needs.csv", "country,amount\nChad,1000\nMali,2000\n");
    }

    private List<String> lines(Run run) {
        return run.out().lines().toList();
    }

    @Test
    void identical_editions_have_no_changes_and_exit_0() {
        Run run = Run.of("diff", copy("old").root().toString(), copy("new").root().toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("No changes."), lines(run));
    }

    @Test
    void every_kind_of_change_is_printed_once_and_exits_1() {
        TestEdition[] pair = planted();
        Run run = Run.of("diff", pair[0].root().toString(), pair[1].root().toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals(List.of(
                "programme alpha: closed active → closed (content/programmes/alpha.yml:1 → content/programmes/alpha.yml:1)",
                "programme beta: removed Beta programme (content/programmes/beta.yml:1 → –)",
                "programme gamma: added Gamma programme (pipeline) (– → content/programmes/gamma.yml:1)",
                "indicator al-1: current value 200 → 210 (content/data/indicators.csv:2 → content/data/indicators.csv:2)",
                "indicator al-1: restated 2022 120 → 130 (content/data/indicators.csv:2 → content/data/indicators.csv:2)",
                "indicator al-2: baseline 0 → 5 (content/data/indicators.csv:4 → content/data/indicators.csv:4)",
                "indicator al-3: target 80 → 85 (content/data/indicators.csv:5 → content/data/indicators.csv:5)",
                "donor Ireland: amount USD 500,000 → USD 600,000 (content/data/donors.csv:3 → content/data/donors.csv:4)",
                "donor Norway: added USD 100,000 (– → content/data/donors.csv:3)",
                "dataset needs: row \"Mali\", amount 2,000 → 2,500 (content/data/needs.csv:3 → content/data/needs.csv:3)",
                "dataset needs: row \"Togo\" removed (content/data/needs.csv:4 → –)",
                "dataset needs: row \"Niger\" added (– → content/data/needs.csv:4)",
                "12 changes."), lines(run));
        Run json = Run.of("diff", "--format", "json", pair[0].root().toString(), pair[1].root().toString());
        assertTrue(json.out().contains("\"count\":12") && json.out().contains("\"what\":\"restated 2022\""), json.out());
    }

    @Test
    void an_edition_that_does_not_load_exits_2_naming_its_errors() {
        TestEdition broken = copy("new").edit("content/data/donors.csv", "\"500,000\"", "\"5OO,000\"");
        Run run = Run.of("diff", copy("old").root().toString(), broken.root().toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("cannot be compared until its errors are fixed") && run.err().contains("content/data/donors.csv:3:2"),
                run.err());
    }

    /** The two editions of the test above, with a change of every kind planted, and a baseline and a target changed. */
    private TestEdition[] planted() {
        TestEdition old = copy("old/edition").file("content/programmes/beta.yml", "title: Beta programme\ncountries: [GN]\nstatus: active\n")
                .file("content/data/needs.csv", "country,amount\nChad,1000\nMali,2000\nTogo,300\n");
        TestEdition now = copy("new/edition")
                .file("content/programmes/gamma.yml", "title: Gamma programme\ncountries: [SL]\nstatus: pipeline\n")
                .edit("content/programmes/alpha.yml", "status: active", "status: closed")
                .edit("content/data/indicators.csv", "2022,120", "2022,130")
                .edit("content/data/indicators.csv", "count,0,,2023,45", "count,5,,2023,45")
                .edit("content/data/indicators.csv", "percent,0,80,2023,64", "percent,0,85,2023,64")
                .edit("content/data/donors.csv", "Ireland,\"500,000\"", "Ireland,\"600,000\"")
                .edit("content/data/donors.csv", "member-state\n", "member-state\nNorway,100000,member-state\n")
                .file("content/data/needs.csv", "country,amount\nChad,1000\nMali,2500\nNiger,700\n");
        return new TestEdition[] {old, now};
    }

    @Test
    void two_built_sites_are_compared_from_their_manifests_and_data_exports() {
        TestEdition[] pair = planted();
        Path old = pair[0].build().output();
        Path now = pair[1].build().output();
        Run run = Run.of("diff", old.toString(), now.toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals(List.of(
                "programme alpha: closed active → closed (edition.json → edition.json)",
                "programme beta: removed Beta programme (edition.json → –)",
                "programme gamma: added Gamma programme (pipeline) (– → edition.json)",
                "indicator al-1: current value 200 → 210 (data/indicators.csv:2 → data/indicators.csv:2)",
                "indicator al-1: restated 2022 120 → 130 (data/indicators.csv:2 → data/indicators.csv:2)",
                "indicator al-2: baseline 0 → 5 (data/indicators.csv:4 → data/indicators.csv:4)",
                "indicator al-3: target 80 → 85 (data/indicators.csv:5 → data/indicators.csv:5)",
                "donor Ireland: amount USD 500,000 → USD 600,000 (data/donors.csv:3 → data/donors.csv:4)",
                "donor Norway: added USD 100,000 (– → data/donors.csv:3)",
                "dataset needs: row \"Mali\", amount 2,000 → 2,500 (data/needs.csv:3 → data/needs.csv:3)",
                "dataset needs: row \"Togo\" removed (data/needs.csv:4 → –)",
                "dataset needs: row \"Niger\" added (– → data/needs.csv:4)",
                "12 changes."), lines(run));
        Run json = Run.of("diff", "--format", "json", old.toString(), now.toString());
        assertEquals(1, json.exit());
        assertTrue(json.out().contains("\"count\":12") && json.out().contains("{\"section\":\"indicator\",\"subject\":\"al-3\","
                + "\"what\":\"target\",\"before\":\"80\",\"after\":\"85\",\"beforeAt\":\"data/indicators.csv:5\","
                + "\"afterAt\":\"data/indicators.csv:5\"}"), json.out());
        Run same = Run.of("diff", old.toString(), old.toString());
        assertEquals(0, same.exit(), same.err());
        assertEquals(List.of("No changes."), lines(same));
    }

    @Test
    void a_built_site_whose_data_export_is_missing_exits_2() throws java.io.IOException {
        Path site = copy("old/edition").build().output();
        java.nio.file.Files.delete(site.resolve("data/donors.json"));
        Run run = Run.of("diff", site.toString(), site.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("data/donors.json: error: cannot read this data export"), run.err());
    }

    @Test
    void the_html_format_is_a_page_with_a_language_headings_and_table_headers() {
        TestEdition[] pair = planted();
        Run run = Run.of("diff", "--format", "html", pair[0].root().toString(), pair[1].root().toString());
        assertEquals(1, run.exit(), run.err());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(run.out());
        assertEquals("en", page.select("html").attr("lang"));
        assertEquals(1, page.select("h1").size());
        assertEquals(List.of("Programmes", "Indicators", "Donors", "Datasets"), page.select("h2").eachText());
        assertEquals(page.select("h2").eachText(), page.select("table > caption").eachText());
        assertEquals(List.of("col"), page.select("thead th").eachAttr("scope").stream().distinct().toList());
        assertEquals(12, page.select("tbody th[scope=row]").size());
        assertEquals("restated 2022", page.select("tbody tr:has(strong.restated) td").first().text());
        assertTrue(page.select("tbody td").eachText().contains("content/data/indicators.csv:2 → content/data/indicators.csv:2"));
    }

    @Test
    void figures_typed_in_stories_that_changed_are_printed_with_both_places() {
        TestEdition old = copy("old").edit("content/programmes/alpha.md", "So far", "In 2023, 40 farmers joined. So far");
        TestEdition now = copy("new").edit("content/programmes/alpha.md", "- value: 12", "- value: 14")
                .edit("content/programmes/alpha.md", "So far", "Families were visited.\nIn 2023, 45 farmers joined. So far");
        Run run = Run.of("diff", old.root().toString(), now.root().toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals(List.of(
                "figure content/programmes/alpha.md: tile \"greenhouses built\" 12 → 14 (content/programmes/alpha.md:11 → content/programmes/alpha.md:11)",
                "figure content/programmes/alpha.md: \"In #, # farmers joined.\" 2023, 40 → 2023, 45 (content/programmes/alpha.md:15 → content/programmes/alpha.md:16)",
                "2 changes."), lines(run));
    }
}
