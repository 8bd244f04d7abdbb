package org.tessera.render.brochure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.BuildResult;
import org.tessera.TestEdition;
import org.tessera.Tessera;

/** Every chart type prints in a brochure with its labels as text in the brochure's font. */
class BrochureChartsTest {

    @Test
    void donut_and_progress_charts_print_their_centre_total_and_shares(@TempDir Path dir) throws IOException {
        Path edition = TestEdition.minimal(dir.resolve("edition")).site("""
                brochures: [{id: charts, title: Charts, contents: ["page:charts"]}]
                """).file("content/data/delivery.csv", "programme,received,budget\nTajikistan,1540000,2200000\nEcuador,1500000,1500000\n")
                .file("content/data/delivery.yml", """
                        title: Funds received
                        columns:
                          received: {type: money, currency: USD, label: Received}
                          budget: {type: money, currency: USD, label: Budget}
                        """)
                .page("charts", "```chart\ntype: donut\ndata: delivery\nx: programme\ny: budget\n```\n\n"
                        + "```chart\ntype: progress\ndata: delivery\nx: programme\ny: [received, budget]\n```\n").root();
        BuildResult result = Tessera.build(edition, dir.resolve("site"), false);
        assertTrue(result.published(), result.problems().toString());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("site/brochures/charts.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("3.7M"), "the donut's total in its middle: " + text);
            assertTrue(text.contains("70%") && text.contains("100%"), "the progress shares: " + text);
        }
    }
}
