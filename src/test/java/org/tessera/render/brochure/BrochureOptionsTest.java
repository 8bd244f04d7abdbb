package org.tessera.render.brochure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.BuildResult;
import org.tessera.TestEdition;
import org.tessera.model.Problem;

/** What a brochure entry of site.yml may add: its own cover photograph, and sections that follow on the same page. */
class BrochureOptionsTest {

    private static final String STORY = """
            ## Background

            The Joint Programme supports families left behind. It trains women farmers and their children.
            """;

    @Test
    void a_brochure_with_its_own_cover_prints_that_photograph_and_caption_on_its_cover(@TempDir Path dir) throws IOException {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition")).photo("assets/own.png", png()).site("""
                cover: {image: assets/own.png, caption: The site's cover, credit: © Site, alt: A blue square}
                brochures:
                  - {id: own, title: Own cover, contents: [cover, programme:tajikistan, back-cover],
                     cover: {image: assets/own.png, caption: The brochure's own cover, credit: © Brochure 2024, alt: A blue square}}
                  - {id: site-cover, title: Site cover, contents: [cover, programme:tajikistan, back-cover]}
                """).build();
        assertTrue(coverText(edition, "own").contains("The brochure's own cover"), coverText(edition, "own"));
        assertTrue(coverText(edition, "own").contains("© Brochure 2024"), coverText(edition, "own"));
        assertTrue(coverText(edition, "site-cover").contains("The site's cover"), coverText(edition, "site-cover"));
    }

    @Test
    void a_brochure_cover_naming_a_missing_photograph_is_an_error_at_its_line(@TempDir Path dir) {
        BuildResult result = TestEdition.minimal(dir.resolve("edition")).site("""
                brochures:
                  - id: own
                    contents: [cover]
                    cover: {image: assets/missing.jpg, alt: Nothing}
                """).check();
        List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
        assertTrue(errors.stream().anyMatch(p -> p.format().startsWith("site.yml:7:") && p.message().contains("assets/missing.jpg")),
                errors.toString());
    }

    @Test
    void flow_continuous_starts_the_next_section_on_the_same_page(@TempDir Path dir) throws IOException {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition")).file("content/programmes/tajikistan.md", STORY)
                .file("content/data/donors.csv", "donor,amount,currency\nGermany,1000000,USD\nSweden,500000,USD\n").site("""
                brochures:
                  - {id: pages, contents: [cover, programme:tajikistan, donors, back-cover]}
                  - {id: continuous, flow: continuous, contents: [cover, programme:tajikistan, donors, back-cover]}
                """).build();
        int pages = pageCount(edition, "pages");
        int continuous = pageCount(edition, "continuous");
        assertTrue(continuous < pages, "continuous: " + continuous + " pages, one section a page: " + pages);
    }

    private static String coverText(TestEdition edition, String id) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(edition.output().resolve("brochures/" + id + ".pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            return stripper.getText(pdf);
        }
    }

    private static int pageCount(TestEdition edition, String id) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(edition.output().resolve("brochures/" + id + ".pdf").toFile())) {
            return pdf.getNumberOfPages();
        }
    }

    private static byte[] png() throws IOException {
        return png(300, 200);
    }

    /** A plain blue picture of {@code width} by {@code height} pixels, for a cover or a programme's photograph. */
    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x009edb));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
