package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;

/** The home page's links to the brochures say which brochure each is. */
class BrochureLinksTest {

    @TempDir
    Path dir;

    @Test
    void two_brochures_of_one_title_are_told_apart_in_their_links() {
        TestEdition edition = TestEdition.minimal(dir).site("""
                brochures:
                  - {id: appeal-a4, title: Appeal, paper: A4, contents: [cover]}
                  - {id: appeal-letter, title: Appeal, paper: Letter, contents: [cover]}
                  - {id: appeal-short, title: Appeal, paper: Letter, contents: [cover]}
                """).build();
        assertEquals(java.util.List.of("Appeal (PDF, A4)", "Appeal – appeal-letter (PDF, Letter)", "Appeal – appeal-short (PDF, Letter)"),
                edition.html("").select("a[href$=.pdf] .button__detail").eachText());
    }

    @Test
    void a_page_links_each_brochure_that_holds_it_with_its_paper() {
        TestEdition edition = TestEdition.minimal(dir).page("appeal", "The appeal.").site("""
                brochures:
                  - {id: appeal-a4, title: Appeal, paper: A4, contents: [page:appeal]}
                  - {id: appeal-letter, title: Appeal, paper: Letter, contents: [page:appeal]}
                """).build();
        assertEquals(java.util.List.of("Download the brochure: Appeal (PDF, A4)", "Download the brochure: Appeal (PDF, Letter)"),
                edition.html("appeal/").select("a[href$=.pdf]").eachText());
    }
}
