package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.BuildResult;
import org.tessera.TestEdition;

/** A story's headings never take an id its page gives an element of its own: every id of a page is one element's. */
class HeadingIdsTest {

    private static final String STORY = "content/programmes/border-districts.md";

    @TempDir
    Path tmp;

    @Test
    void a_story_heading_results_leaves_the_results_framework_its_id() {
        TestEdition edition = TestEdition.starter(tmp);
        edition.file(STORY, org.tessera.TestFiles.read(edition.root().resolve(STORY))
                        + "\n## Results\n\nWhat was reached.\n\n## Results\n\nAnd again.\n\n## Facts\n\nMore.\n")
                .page("guide", "See [the results](../../programmes/border-districts/#section-results) and "
                        + "[the framework](../../programmes/border-districts/#results).\n")
                .build();

        Document page = edition.html("programmes/border-districts/");

        for (String id : new String[] {"results", "facts", "section-results", "section-results-1", "section-facts"}) {
            assertEquals(1, page.select("[id=" + id + "]").size(), id + " is one element's id");
        }
        assertEquals("Results", page.getElementById("section-results").text());
        assertEquals(page.select("[id]").size(), page.select("[id]").eachAttr("id").stream().distinct().count(),
                "no id on the page is given twice: " + page.select("[id]").eachAttr("id"));
        BuildResult checked = edition.check();
        assertTrue(checked.problems().stream().noneMatch(p -> p.message().contains("#section-results") || p.message().contains("#results")),
                checked.problems()::toString);
    }
}
