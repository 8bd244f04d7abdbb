package org.tessera.render.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.StressEdition;
import org.tessera.TestEdition;
import org.tessera.model.Brochure;

/** The stress edition's brochures on A4 and on Letter: every figure of every table is visible whole in the PDF. */
class StressBrochureTest {

    @Test
    void every_table_figure_of_the_stress_edition_is_visible_in_both_its_pdfs(@TempDir Path dir) throws IOException {
        TestEdition edition = StressEdition.write(dir.resolve("edition")).build();
        for (String id : StressEdition.BROCHURES) {
            List<String> figures = edition.html("brochures/" + id + "/").select("table td.num").stream()
                    .filter(cell -> cell.closest(".chart, figure") == null).map(Element::text)
                    .filter(text -> !text.isBlank()).distinct().toList();
            assertTrue(figures.size() > 200, id + ": the brochure's tables hold " + figures.size() + " figures");
            Brochure.Paper paper = id.endsWith("a4") ? Brochure.Paper.A4 : Brochure.Paper.LETTER;
            List<VisibleText.Run> runs;
            try (PDDocument pdf = Loader.loadPDF(edition.output().resolve("brochures/" + id + ".pdf").toFile())) {
                runs = VisibleText.of(pdf, PageBox.of(paper));
            }
            List<String> missing = figures.stream().filter(figure -> !VisibleText.showsWhole(runs, figure)).toList();
            assertEquals(List.of(), missing, id + ": figures not visible whole inside the page and its clip");
        }
    }
}
