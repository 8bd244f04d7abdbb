package org.tessera.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.model.Problem;

/** A link in a story leads somewhere the edition publishes, or `check` names it with its place and a likely fix. */
class LinkChecksTest {

    @TempDir
    Path dir;

    private TestEdition edition() {
        return TestEdition.minimal(dir.resolve("edition"))
                .file("content/data/donors.csv", "donor,amount\nGermany,1000\n")
                .file("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .page("funding-overview", "## The plan\n\nThe overview.\n\n## The plan\n\nAgain.\n")
                .site("brochures:\n  - {id: appeal, title: Appeal, contents: [page:funding-overview]}");
    }

    private static List<String> problems(TestEdition edition) {
        return edition.check().problems().stream().map(Problem::format).toList();
    }

    @Test
    void links_to_what_the_edition_publishes_pass() {
        TestEdition edition = edition().page("about", """
                See [the overview](../funding-overview/), [the donors](/donors/), [the data](../data/donors.csv),
                [the brochure](../brochures/appeal.pdf), [our logo](assets/logo.svg), [the programme](../programmes/tajikistan/)
                and [its results](../programmes/tajikistan/#results), [home](../), [the plan](../funding-overview/#the-plan),
                [the plan again](../funding-overview/#the-plan-1), [this page's heading](#why) and [elsewhere](https://example.org/x).

                ## Why

                """).story("Back to [the overview](../../funding-overview/) and [the donors](../../donors).\n");
        assertEquals(List.of(), problems(edition));
    }

    @Test
    void a_misspelt_link_is_an_error_with_its_line_and_the_page_it_meant() {
        TestEdition edition = edition().page("about", "Intro.\n\nRead [the overview](../funding-overveiw/) first.\n");
        assertEquals(List.of("content/pages/about.md:7:6: error: the link \"../funding-overveiw/\" leads to /funding-overveiw/, which this "
                + "edition does not publish (did you mean ../funding-overview/?); links are relative to the page the text is published on "
                + "(/about/), or start with / for the site's root"), problems(edition));
    }

    @Test
    void a_programme_story_links_from_its_own_page() {
        TestEdition edition = edition().story("See [the overview](../funding-overview/).\n");
        List<String> problems = problems(edition);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(true, problems.get(0).contains("leads to /programmes/funding-overview/")
                && problems.get(0).contains("did you mean ../../funding-overview/?"), problems.get(0));
    }

    @Test
    void a_root_relative_link_to_nothing_is_an_error_too() {
        List<String> problems = problems(edition().page("about", "[Donors](/donor/)\n"));
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(true, problems.get(0).contains("the link \"/donor/\" leads to /donor/") && problems.get(0).contains("(did you mean /donors/?)"),
                problems.get(0));
    }

    @Test
    void a_link_in_a_page_still_leads_there_from_its_brochures_print_page() {
        TestEdition edition = edition().page("about", "[Donors](../donors/)\n")
                .file("content/pages/funding-overview.md", "---\ntitle: Overview\n---\n\nSee [about](../about/).\n").build();
        assertEquals("../about/", edition.html("funding-overview/").selectFirst("main a[href*=about]").attr("href"));
        assertEquals("../../about/", edition.html("brochures/appeal/").selectFirst("a[href*=about]").attr("href"));
    }

    @Test
    void a_link_to_an_anchor_the_page_does_not_have_is_a_warning() {
        TestEdition edition = edition().page("about", "See [the plan](../funding-overview/#the-plann).\n");
        List<String> problems = problems(edition);
        assertEquals(List.of("content/pages/about.md:5:5: warning: the link \"../funding-overview/#the-plann\" leads to #the-plann, which "
                + "/funding-overview/ does not have (did you mean #the-plan?); a heading's anchor is its text in lower case with '-' for "
                + "spaces, and changes when the heading does"), problems);
    }
}
