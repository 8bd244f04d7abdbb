package org.tessera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stress edition (wide, long, huge, many series, right to left, A4 and Letter) builds and publishes everything. */
class StressEditionTest {

    @Test
    void stress_edition_builds_its_pages_and_both_brochures(@TempDir Path dir) {
        TestEdition edition = StressEdition.write(dir.resolve("edition")).build();
        for (String id : StressEdition.BROCHURES) {
            assertTrue(Files.isRegularFile(edition.output().resolve("brochures/" + id + ".pdf")), id + ".pdf");
            assertTrue(Files.isRegularFile(edition.output().resolve("brochures/" + id + "/index.html")), id + " print page");
        }
        Document page = edition.html("funding-requirements/");
        assertEquals(StressEdition.COUNTRIES.size() + 1, page.selectFirst("caption[id^=table-requirements-]").parent().select("tbody tr, tfoot tr").size(),
                "every country and the Total row of the 13-column table");
    }

    @Test
    void stress_edition_builds_right_to_left(@TempDir Path dir) {
        TestEdition edition = StressEdition.write(dir.resolve("edition"), "ar").build();
        assertEquals("rtl", edition.html("").selectFirst("html").attr("dir"));
    }
}
