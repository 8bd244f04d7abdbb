package org.tessera.render.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.tessera.model.Brochure;
import org.tessera.render.Resources;

/** The check of a finished PDF finds text beside the page's text box or hidden by a clipping path, and nothing else. */
class PageFitTest {

    private static final PageBox A4 = PageBox.of(Brochure.Paper.A4);

    /** Draws on one A4 page; {@code drawing} writes with a font at 9 pt. */
    private interface Drawing {
        void draw(PDPageContentStream page, PDType0Font font) throws IOException;
    }

    private static byte[] pdf(Drawing drawing) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font = PDType0Font.load(document, new java.io.ByteArrayInputStream(Resources.bytes("fonts/NotoSans-Regular.ttf")), true);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawing.draw(content, font);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream page, PDType0Font font, float x, float y, String text) throws IOException {
        page.beginText();
        page.setFont(font, 9);
        page.newLineAtOffset(x, y);
        page.showText(text);
        page.endText();
    }

    @Test
    void text_inside_the_text_box_and_in_the_margins_passes() throws IOException {
        byte[] clean = pdf((page, font) -> {
            text(page, font, A4.left(), 700, "USD 1,234,567,890 inside the column");
            text(page, font, A4.left(), A4.height() - 30, "Running header in the top margin");
            text(page, font, A4.width() - A4.right() - 10, 20, "7");
        });
        assertEquals(List.of(), PageFit.check(clean, A4, "brochures/clean.pdf"));
    }

    @Test
    void text_past_the_right_margin_is_reported_with_its_file_page_and_text() throws IOException {
        byte[] wide = pdf((page, font) -> text(page, font, A4.width() - A4.right() - 20, 500, "US 15,000,000"));
        List<String> problems = PageFit.check(wide, A4, "brochures/wide.pdf");
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("brochures/wide.pdf, page 1: text runs past the edge"), problems.get(0));
        assertTrue(problems.get(0).contains("\"US 15,000,000\""), problems.get(0));
    }

    @Test
    void text_hidden_by_a_clipping_path_is_reported_although_it_lies_on_the_page() throws IOException {
        byte[] clipped = pdf((page, font) -> {
            page.saveGraphicsState();
            page.addRect(A4.left(), 400, 60, 40);
            page.clip();
            text(page, font, A4.left(), 410, "Total 33,185,184,836");
            page.restoreGraphicsState();
            text(page, font, A4.left(), 300, "drawn after the clip is lifted");
        });
        List<VisibleText.Run> runs;
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(clipped)) {
            runs = VisibleText.of(document, A4);
        }
        assertTrue(runs.stream().anyMatch(r -> r.where() == VisibleText.Where.CLIPPED), runs::toString);
        assertTrue(runs.stream().noneMatch(r -> r.visible() && r.text().contains("33,185,184,836")), runs::toString);
        assertTrue(runs.stream().anyMatch(r -> r.visible() && r.text().startsWith("Total")), "the start of the line is visible: " + runs);
        assertTrue(runs.stream().anyMatch(r -> r.visible() && r.text().equals("drawn after the clip is lifted")), runs::toString);
        List<String> problems = PageFit.check(runs, "brochures/clipped.pdf");
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("is cut off by the box that holds it: \"Total 33,185,184,836\""), problems.get(0));
    }
}
