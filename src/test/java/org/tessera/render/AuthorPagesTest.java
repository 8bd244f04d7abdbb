package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.model.Problem;

/** A page the author wrote at the address of a section Tessera makes takes the section's place: no valid edition is refused. */
class AuthorPagesTest {

    @TempDir
    Path dir;

    @Test
    void a_page_called_data_replaces_the_list_of_datasets_with_a_warning_and_the_downloads_stay() {
        TestEdition edition = TestEdition.minimal(dir).file("content/data/donors.csv", "donor,amount\nGermany,1000\n")
                .page("data", "Our own words about the data.");
        List<String> problems = edition.check().problems().stream().map(Problem::format).toList();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/pages/data.md:1:1: warning: this page is published at data/ in place of "
                + "the list of datasets"), problems.get(0));
        edition.build();
        assertTrue(edition.html("data/").text().contains("Our own words about the data."));
        assertTrue(Files.isRegularFile(edition.output().resolve("data/donors.csv")));
        assertEquals(1, edition.html("").select("nav a[href$=data/]").size(), "one menu entry for data/");
    }

    @Test
    void a_page_called_programmes_replaces_the_list_and_the_programme_pages_stay() {
        TestEdition edition = TestEdition.minimal(dir).page("programmes", "Where we work.").build();
        assertTrue(edition.html("programmes/").text().contains("Where we work."));
        assertTrue(Files.isRegularFile(edition.output().resolve("programmes/tajikistan/index.html")));
    }
}
