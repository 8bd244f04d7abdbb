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
}
