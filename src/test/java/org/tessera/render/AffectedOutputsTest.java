package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.load.EditionLoader;
import org.tessera.model.Edition;

class AffectedOutputsTest {

    @TempDir
    Path tmp;

    private TestEdition edition;
    private Edition before;

    @BeforeEach
    void load() {
        edition = TestEdition.starter(tmp);
        before = new EditionLoader().load(edition.root()).edition();
    }

    private Optional<Set<String>> after(String file) {
        return AffectedOutputs.of(before, new EditionLoader().load(edition.root()).edition(), Set.of(file));
    }

    @Test
    void a_story_body_affects_its_page_and_the_brochures_holding_it() {
        edition.edit("content/programmes/border-districts.md", "## Background", "## Context");

        assertEquals(Optional.of(Set.of("programmes/border-districts/index.html",
                "brochures/in-action.pdf", "brochures/in-action/index.html")), after("content/programmes/border-districts.md"));
    }

    /** The programme's page and brochure, and every page listing it: home, list, country, theme and the indexes. */
    private static final Set<String> LISTINGS_AND_PAGE = Set.of("programmes/border-districts/index.html", "index.html",
            "programmes/index.html", "countries/tj/index.html", "themes/2/index.html", "countries/index.html",
            "themes/index.html", "gcm/index.html", "sdg/index.html", "brochures/in-action.pdf", "brochures/in-action/index.html");

    @Test
    void a_story_summary_affects_the_listings_that_show_it_too() {
        edition.edit("content/programmes/border-districts.md", "summary: \"The Joint", "summary: \"This Joint");

        assertEquals(Optional.of(LISTINGS_AND_PAGE), after("content/programmes/border-districts.md"));
    }

    @Test
    void programme_facts_affect_the_listings_and_the_home_headline() {
        edition.edit("content/programmes/border-districts.yml", "total: 1500000", "total: 1600000");
        edition.edit("content/programmes/border-districts.yml", "IOM: 900000", "IOM: 1000000");

        assertEquals(Optional.of(LISTINGS_AND_PAGE), after("content/programmes/border-districts.yml"));
    }

    @Test
    void an_indicator_affects_its_programme_and_the_stories_that_show_it() {
        edition.edit("content/data/indicators.csv", "2025,45", "2025,47"); // bd-2.1, shown on the highlights page

        Set<String> paths = after("content/data/indicators.csv").orElseThrow();

        assertTrue(paths.containsAll(Set.of("programmes/border-districts/index.html", "highlights/index.html",
                "data/indicators.csv", "data/indicators.json", "data/index.html", "brochures/in-action.pdf")), paths.toString());
    }

    @Test
    void donors_affect_the_donors_page_the_home_headline_and_charts_of_donors() {
        edition.edit("content/data/donors.csv", "Ireland,2000000", "Ireland,2500000");

        Set<String> paths = after("content/data/donors.csv").orElseThrow();

        assertTrue(paths.containsAll(Set.of("donors/index.html", "index.html", "highlights/index.html", "data/donors.csv")));
        assertTrue(!paths.contains("programmes/border-districts/index.html"), "its story charts indicators, not donors");
    }

    @Test
    void a_page_title_in_the_navigation_affects_every_page() {
        edition.edit("content/pages/highlights.md", "nav_title: Highlights", "nav_title: The year");

        assertEquals(Optional.empty(), after("content/pages/highlights.md"));
    }

    @Test
    void site_settings_templates_and_new_files_affect_every_page() {
        edition.file("content/pages/more.md", "---\ntitle: More\n---\nText.\n");

        assertEquals(Optional.empty(), after("content/pages/more.md"));
        assertEquals(Optional.empty(), after("site.yml"));
        assertEquals(Optional.empty(), after("templates/base.peb"));
    }
}
