package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;

/** Every fact the author writes about a programme reaches the reader, on its page and in its brochure. */
class ProgrammeFactsTest {

    @TempDir
    Path dir;

    @Test
    void a_programme_page_shows_its_partners() {
        TestEdition edition = TestEdition.minimal(dir)
                .programme("partners: [\"Ministry of Labour, Migration and Employment\", Border Forces of Tajikistan, Migration Services]")
                .build();
        String partners = edition.html("programmes/tajikistan/").select(".facts div").stream()
                .filter(d -> d.selectFirst("dt").text().equals("Implementing partners"))
                .map(d -> d.selectFirst("dd").text()).findFirst().orElse("(no partners shown)");
        assertEquals("Ministry of Labour, Migration and Employment; Border Forces of Tajikistan; Migration Services", partners);
    }

    @Test
    void a_brochure_shows_the_programmes_partners() {
        TestEdition edition = TestEdition.minimal(dir)
                .programme("partners: [Border Forces of Tajikistan, Migration Services]")
                .site("brochures:\n  - {id: b, title: B, contents: [programme:tajikistan]}")
                .build();
        String facts = edition.html("brochures/b/").select(".b-facts").text();
        assertTrue(facts.contains("Implementing partners Border Forces of Tajikistan; Migration Services"), facts);
    }

    private String fact(TestEdition edition, String label) {
        return edition.html("programmes/tajikistan/").select(".facts div").stream()
                .filter(d -> d.selectFirst("dt").text().equals(label))
                .map(d -> d.selectFirst("dd").text()).findFirst().orElse("(no " + label + " shown)");
    }

    @Test
    void a_thematic_area_named_in_site_yml_is_shown_with_its_name() {
        TestEdition edition = TestEdition.minimal(dir).programme("thematic_area: 2")
                .site("thematic_areas:\n  1: Promoting fact-based migration discourse\n  2: Protecting the human rights of migrants")
                .build();
        assertEquals("2. Protecting the human rights of migrants", fact(edition, "Thematic area"));
    }

    @Test
    void a_thematic_area_without_a_name_is_a_warning_at_its_line() {
        TestEdition edition = TestEdition.minimal(dir).programme("thematic_area: 3")
                .site("thematic_areas: {1: Data, 2: Protection}");
        assertEquals(java.util.List.of("content/programmes/tajikistan.yml:5:1: warning: thematic area 3 has no name in site.yml's "
                        + "thematic_areas (it names 1, 2); add its name there or correct the number"),
                edition.check().problems().stream().map(org.tessera.model.Problem::format).toList());
    }

    @Test
    void markers_are_shown_with_what_their_score_means() {
        TestEdition edition = TestEdition.minimal(dir).programme("markers: {gender: B, human_rights: A}").build();
        assertEquals("B: significant contribution to gender equality and women’s empowerment", fact(edition, "Gender marker"));
        assertEquals("A: human rights largely integrated (8–10 of the 10 elements met)", fact(edition, "Human rights marker"));
    }

    @Test
    void a_marker_links_to_the_whole_scale_on_its_page() {
        TestEdition edition = TestEdition.minimal(dir).programme("markers: {gender: B}").build();
        org.jsoup.nodes.Document page = edition.html("programmes/tajikistan/");
        assertEquals("#marker-scales", page.select(".facts dd a[href^=#]").attr("href"));
        assertEquals(java.util.List.of("A", "B", "C", "D"), page.select("#marker-scales dt").eachText());
        assertTrue(page.selectFirst("#marker-scales").text().contains("D no noticeable contribution to gender equality expected"),
                page.selectFirst("#marker-scales").text());
    }
}
