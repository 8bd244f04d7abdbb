package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.model.Problem;

/** Readers browse by country and region, and programmes say which Global Compact objectives and SDG targets they serve. */
class PlacesTest {

    @TempDir
    Path dir;

    private TestEdition edition() {
        return TestEdition.minimal(dir).file("content/programmes/horn.yml", """
                title: Safe migration in the Horn of Africa
                countries: [ET, TJ, IGAD region]
                status: pipeline
                budget: {currency: USD, total: 3000000}
                gcm_objectives: [2, 7, 23]
                sdg_targets: ["10.7", "5.2", "1.a"]
                """);
    }

    @Test
    void each_country_and_region_gets_a_page_listing_its_programmes_with_totals() {
        TestEdition edition = edition().build();
        Document tajikistan = edition.html("countries/tj/");
        assertEquals("Tajikistan", tajikistan.selectFirst("h1").text());
        assertEquals(List.of("Safe migration in the Horn of Africa", "Empowerment of families left behind"),
                tajikistan.select(".card__title").eachText());
        assertEquals("2 programmes: 1 active, 1 in the pipeline, 0 closed; budget USD 2,200,000, received USD 0; "
                + "USD 3,000,000 sought for programmes in the pipeline", tajikistan.selectFirst(".lede").text(),
                "a pipeline programme's budget is funding asked for, summed apart as on the home page");
        assertEquals(List.of("shared with other countries"), tajikistan.select(".card__shared").eachText());
        assertTrue(edition.html("countries/et/").selectFirst(".lede").text().startsWith("1 programme: 0 active, 1 in the pipeline"),
                edition.html("countries/et/").selectFirst(".lede").text());
        Document igad = edition.html("regions/igad-region/");
        assertEquals("IGAD region", igad.selectFirst("h1").text());
        assertEquals(List.of("Safe migration in the Horn of Africa"), igad.select(".card__title").eachText());
    }

    @Test
    void a_programmes_facts_link_its_countries_and_list_its_objectives_and_targets() {
        Document page = edition().build().html("programmes/horn/");
        assertEquals(List.of("../../countries/et/", "../../countries/tj/", "../../regions/igad-region/"),
                page.select(".facts dd a[href*=countries], .facts dd a[href*=regions]").eachAttr("href"));
        assertTrue(page.select(".facts").text().contains("Global Compact objectives 2. Minimize the adverse drivers"), page.select(".facts").text());
        assertTrue(page.select(".facts").text().contains("SDG targets 10.7, 5.2, 1.a"), page.select(".facts").text());
    }

    @Test
    void an_objective_or_target_that_does_not_exist_is_an_error_at_its_place() {
        TestEdition edition = edition().edit("content/programmes/horn.yml", "[2, 7, 23]", "[2, 7, 24]")
                .edit("content/programmes/horn.yml", "\"1.a\"", "\"10.77\"");
        List<String> problems = edition.check().problems().stream().map(Problem::format).toList();
        assertEquals(List.of("content/programmes/horn.yml:5:24: error: \"24\" is not an objective of the Global Compact for Migration; "
                        + "it has 23, numbered 1 to 23",
                "content/programmes/horn.yml:6:30: error: \"10.77\" is not an SDG target; write it as the UN numbers them, goal and "
                        + "target, in quotes: \"10.7\", \"5.2\", \"1.a\""), problems);
    }
}
