package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.model.Problem;

/** Readers browse programmes by thematic area, Global Compact objective and SDG target, each page with its totals. */
class TaxonomyPagesTest {

    @TempDir
    Path dir;

    /** Tajikistan (active, USD 2,200,000, objective 7) and a pipeline programme in three places serving 2 and 7. */
    private TestEdition edition() {
        return TestEdition.minimal(dir).programme("""
                        thematic_area: 2
                        gcm_objectives: [7]
                        sdg_targets: ["5.2"]
                        received: {currency: USD, total: 900000}
                        period: {start: 2020-10, end: 2022-10}
                        """)
                .site("thematic_areas: {2: Protecting the human rights of migrants}")
                .file("content/programmes/horn.yml", """
                        title: Safe migration in the Horn of Africa
                        countries: [ET, KE, IGAD region]
                        status: pipeline
                        thematic_area: 2
                        budget: {currency: USD, total: 3000000}
                        gcm_objectives: [2, 7]
                        sdg_targets: ["10.7"]
                        """);
    }

    @Test
    void an_objective_page_lists_its_programmes_with_status_budget_and_period_and_their_totals() {
        Document page = edition().build().html("gcm/7/");
        assertEquals("Address and reduce vulnerabilities in migration", page.selectFirst("h1").text());
        assertEquals("Objective 7", page.selectFirst(".eyebrow").text());
        assertEquals(List.of("Safe migration in the Horn of Africa", "Empowerment of families left behind"),
                page.select(".card__title").eachText());
        assertEquals(List.of("Pipeline", "Active"), page.select(".card .status").eachText());
        assertEquals("October 2020 – October 2022", page.selectFirst(".card__period").text());
        assertEquals("2 programmes: 1 active, 1 in the pipeline, 0 closed; budget USD 2,200,000, received USD 900,000; "
                + "USD 3,000,000 sought for programmes in the pipeline", page.selectFirst(".lede").text());
    }

    @Test
    void a_programme_in_several_countries_counts_once_in_totals() {
        TestEdition edition = edition().build();
        assertEquals("1 programme: 0 active, 1 in the pipeline, 0 closed; budget USD 0, received USD 0; "
                + "USD 3,000,000 sought for programmes in the pipeline", edition.html("gcm/2/").selectFirst(".lede").text());
        Document index = edition.html("gcm/");
        assertEquals(23, index.select(".terms__entry").size(), "every objective of the Global Compact is listed");
        assertEquals(List.of("../gcm/2/", "../gcm/7/"), index.select(".terms__entry a").eachAttr("href"));
        assertEquals("1 programme", index.select(".terms__entry").get(1).selectFirst(".terms__brief").text());
    }

    @Test
    void a_theme_and_a_target_get_pages_under_their_names_and_the_indexes_list_them() {
        TestEdition edition = edition().build();
        Document theme = edition.html("themes/2/");
        assertEquals("Protecting the human rights of migrants", theme.selectFirst("h1").text());
        assertEquals(2, theme.select(".card").size());
        Document target = edition.html("sdg/10-7/");
        assertEquals("SDG target 10.7", target.selectFirst("h1").text());
        assertEquals("Goal 10: Reduced inequalities", target.selectFirst(".eyebrow").text());
        assertTrue(target.selectFirst(".page-head__description").text().startsWith("Facilitate orderly, safe, regular and responsible"));
        assertEquals(List.of("SDG target 5.2", "SDG target 10.7"), edition.html("sdg/").select(".terms__label").eachText());
    }

    @Test
    void programme_facts_name_and_link_the_thematic_area_objectives_and_targets() {
        Document page = edition().build().html("programmes/horn/");
        assertEquals(List.of("../../gcm/2/", "../../gcm/7/", "../../sdg/10-7/", "../../themes/2/"),
                page.select(".facts dd a[href*=themes], .facts dd a[href*=gcm], .facts dd a[href*=sdg]").eachAttr("href"));
        String facts = page.selectFirst(".facts").text();
        assertTrue(facts.contains("Thematic area 2. Protecting the human rights of migrants"), facts);
        assertTrue(facts.contains("2. Minimize the adverse drivers and structural factors that compel people to leave their "
                + "country of origin; 7. Address and reduce vulnerabilities in migration"), facts);
    }

    @Test
    void the_programmes_list_shows_pipeline_programmes_apart_with_budget_and_objectives() {
        Document list = edition().build().html("programmes/");
        org.jsoup.nodes.Element pipeline = list.select("section").stream()
                .filter(s -> s.selectFirst("h2").text().equals("Pipeline")).findFirst().orElseThrow();
        assertEquals(List.of("Safe migration in the Horn of Africa"), pipeline.select(".card__title").eachText());
        assertTrue(pipeline.selectFirst(".card__meta").text().contains("USD 3 million"), pipeline.selectFirst(".card__meta").text());
        assertEquals("Global Compact objectives: 2, 7", pipeline.selectFirst(".card__objectives").text());
        assertEquals(List.of("../gcm/2/", "../gcm/7/"), pipeline.select(".card__objectives a").eachAttr("href"));
    }

    @Test
    void a_page_the_author_wrote_at_gcm_replaces_the_index_with_a_warning_and_the_objective_pages_stay() {
        TestEdition edition = edition().page("gcm", "Our work on the Global Compact.");
        List<String> problems = edition.check().problems().stream().map(Problem::format).toList();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/pages/gcm.md:1:1: warning: this page is published at gcm/ in place of "
                + "the list of Global Compact objectives"), problems.get(0));
        edition.build();
        assertTrue(edition.html("gcm/").text().contains("Our work on the Global Compact."));
        assertTrue(Files.isRegularFile(edition.output().resolve("gcm/7/index.html")));
    }

    @Test
    void asked_for_all_objectives_the_site_has_a_page_for_each_and_one_no_programme_serves_says_so() {
        TestEdition edition = edition().site("taxonomies: {gcm_objectives: all}");
        assertEquals(List.of(), edition.check().problems().stream().map(Problem::format).toList());
        edition.build();
        Document gap = edition.html("gcm/23/");
        assertEquals("Strengthen international cooperation and global partnerships for safe, orderly and regular migration",
                gap.selectFirst("h1").text());
        assertEquals("No programme of this edition serves this objective.", gap.selectFirst(".lede").text());
        assertTrue(gap.select(".card").isEmpty(), "no empty list of programmes under the sentence");
        Document index = edition.html("gcm/");
        assertEquals(23, index.select(".terms__entry a").size(), "every objective is linked to its page");
        assertEquals("../gcm/23/", index.select(".terms__entry").get(22).selectFirst("a").attr("href"));
        assertEquals("no programmes", index.select(".terms__entry").get(22).selectFirst(".terms__brief").text());
    }

    @Test
    void the_objectives_index_counts_each_programme_once_with_the_budget_its_objective_page_totals() {
        TestEdition edition = edition().site("taxonomies: {gcm_objectives: all}").build();
        List<String> briefs = edition.html("gcm/").select(".terms__brief").eachText();
        assertEquals("1 programme", briefs.get(1), "objective 2: the pipeline programme, whose budget is sought, not counted");
        assertEquals("2 programmes · USD 2.2 million", briefs.get(6), "objective 7: both programmes, the active one's budget");
        assertEquals(21, briefs.stream().filter("no programmes"::equals).count());
        assertTrue(edition.html("gcm/7/").selectFirst(".lede").text().startsWith("2 programmes: 1 active, 1 in the pipeline, 0 closed; "
                + "budget USD 2,200,000"), "the objective page's totals agree with its entry in the index");
    }

    @Test
    void asked_for_all_targets_each_of_the_169_has_a_page_and_the_index_lists_them_all() {
        TestEdition edition = edition().site("taxonomies: {sdg_targets: all}").build();
        assertEquals(169, edition.html("sdg/").select(".terms__entry a").size());
        assertEquals("No programme of this edition contributes to this target.", edition.html("sdg/17-19/").selectFirst(".lede").text());
        assertTrue(Files.isRegularFile(edition.output().resolve("sdg/5-2/index.html")));
        assertTrue(Files.notExists(edition.output().resolve("gcm/23/index.html")), "objectives stay as programmes state them");
    }

    @Test
    void a_word_other_than_all_or_stated_is_an_error_that_names_the_line_and_the_choices() {
        List<String> problems = edition().site("taxonomies: {gcm_objectives: every}").check().problems().stream()
                .map(Problem::format).toList();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).matches("site\\.yml:\\d+:\\d+: error: 'gcm_objectives' in .* must be one of stated, all, not \"every\""),
                problems.get(0));
    }
}
