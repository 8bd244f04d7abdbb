package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;

/** The world map on the home and countries pages: countries shaded by programmes, linked, with a table twin. */
class WorldMapTest {

    @TempDir
    Path dir;

    /** Tajikistan twice (two programmes), Kenya once, the Maldives (too small for the map's scale) once. */
    private TestEdition edition() {
        return TestEdition.minimal(dir)
                .file("content/programmes/second.yml", "title: Second\ncountries: [TJ, KE]\nstatus: active\n")
                .file("content/programmes/islands.yml", "title: Islands\ncountries: [MV, IGAD region]\nstatus: closed\n");
    }

    @Test
    void the_map_links_each_shaded_country_to_its_page_and_has_a_data_table_twin() {
        Document home = edition().build().html("");
        Element map = home.selectFirst("figure.map");
        assertEquals(List.of("countries/ke/", "countries/tj/", "countries/mv/"), map.select("svg a").eachAttr("href"),
                "each shaded country is a link, in the boundaries' order; the Maldives' marker comes last");
        assertEquals(List.of("Kenya: 1 programme", "Tajikistan: 2 programmes", "Maldives: 1 programme"),
                map.select("svg a title").eachText());
        assertEquals(List.of("Tajikistan", "Kenya", "Maldives"), map.select("details table tbody th").eachText());
        assertEquals(List.of("2", "1", "1"), map.select("details table tbody td").eachText());
        assertEquals(List.of("countries/tj/", "countries/ke/", "countries/mv/"), map.select("details table a").eachAttr("href"));
        assertTrue(map.select("svg a").stream().allMatch(a -> a.selectFirst("path, circle").hasAttr("fill")));
    }

    @Test
    void a_country_too_small_for_the_map_gets_a_marker_and_the_legend_says_so() {
        Element map = edition().build().html("").selectFirst("figure.map");
        assertEquals(List.of("countries/mv/"), map.select("svg a.map__marker").eachAttr("href"));
        assertTrue(map.selectFirst(".map__legend").text().contains("country too small to show at this scale"));
    }

    @Test
    void the_map_carries_its_source_the_boundaries_licence_and_the_un_disclaimer() {
        Element map = edition().build().html("countries/").selectFirst("figure.map");
        assertEquals("Source: Test Multi-Partner Trust Fund, September 2023 · Boundaries: Natural Earth 1:110m (public domain)",
                map.selectFirst(".chart__source").text());
        assertEquals("The boundaries and names shown and the designations used on this map do not imply official endorsement "
                + "or acceptance by the United Nations.", map.selectFirst(".map__disclaimer").text());
    }

    @Test
    void the_countries_page_lists_regions_beside_the_map() {
        Document countries = edition().build().html("countries/");
        assertEquals(List.of("../regions/igad-region/"), countries.select("#regions ~ ul a").eachAttr("href"));
        assertEquals("Countries and regions", countries.selectFirst("h1").text());
    }
}
