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
}
