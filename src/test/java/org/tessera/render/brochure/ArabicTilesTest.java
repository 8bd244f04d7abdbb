package org.tessera.render.brochure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.model.Brochure;

/**
 * The tiles of an Arabic brochure run from the right, a screen reader still meets the first tile first, and the
 * tiles of a row are as tall as each other, however long their labels.
 */
class ArabicTilesTest {

    @TempDir
    static Path dir;
    private static List<VisibleText.Run> runs;
    /** The text of the tagged content in the order of the structure tree: the PDF/UA reading order. */
    private static String readingOrder;
    private static final float SCALE = 2;
    private static BufferedImage page;
    private static float pageHeight;

    @BeforeAll
    static void buildArabicBrochureWithTiles() throws IOException {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition")).site("""
                language: ar
                brochures:
                  - {id: tiles, title: الإنجازات, contents: [page:tiles]}
                """).page("tiles", "```tiles\n- value: 111\n  label: الأولى\n- value: 222\n  label: " + "الثانية ".repeat(20).strip() + "\n"
                        + "- value: 333\n  label: الثالثة\n- value: 444\n  label: الرابعة\n```\n").build();
        try (PDDocument pdf = Loader.loadPDF(edition.output().resolve("brochures/tiles.pdf").toFile())) {
            runs = VisibleText.of(pdf, PageBox.of(Brochure.Paper.A4));
            readingOrder = readingOrder(pdf);
            VisibleText.Run first = runs.stream().filter(r -> r.text().contains("111")).findFirst().orElseThrow();
            page = new PDFRenderer(pdf).renderImage(first.page() - 1, SCALE);
            pageHeight = pdf.getPage(first.page() - 1).getMediaBox().getHeight();
        }
    }

    @Test
    void the_tiles_of_a_row_are_as_tall_as_the_tallest() {
        float first = bottom("111");
        float second = bottom("222");
        float third = bottom("333");
        float figureFromTop = pageHeight - y("222");
        assertTrue(second - figureFromTop > 60, "the long label makes the second tile tall: " + (second - figureFromTop));
        assertTrue(Math.abs(first - second) < 1 && Math.abs(third - second) < 1,
                "the tiles' backgrounds end " + first + ", " + second + ", " + third + " pt below the top of the page");
    }

    @Test
    void the_first_tile_is_drawn_rightmost_and_the_fourth_starts_the_next_row_at_the_right() {
        float first = x("111");
        float second = x("222");
        float third = x("333");
        assertTrue(first > second && second > third, "111, 222, 333 from right to left: " + first + ", " + second + ", " + third);
        assertTrue(Math.abs(x("444") - first) < 30 && y("444") < y("111"), "444 under 111, at the right");
    }

    @Test
    void the_reading_order_is_the_order_of_the_tiles() {
        int first = readingOrder.indexOf("111");
        int second = readingOrder.indexOf("222");
        int third = readingOrder.indexOf("333");
        int fourth = readingOrder.indexOf("444");
        assertTrue(first >= 0 && first < second && second < third && third < fourth, readingOrder);
    }

    /** Where the background of the tile that shows {@code figure} ends, in points from the top of the page. */
    private static float bottom(String figure) {
        VisibleText.Run run = runs.stream().filter(r -> r.text().contains(figure)).findFirst().orElseThrow();
        int x = Math.round((run.x() + run.width() / 2) * SCALE);
        int y = Math.round((pageHeight - run.y()) * SCALE);
        while (y + 1 < page.getHeight() && !tile(page.getRGB(x, y))) {
            y++; // from the figure's baseline down to its tile's background
        }
        while (y + 1 < page.getHeight() && (tile(page.getRGB(x, y + 1)) || !blank(page, x, y + 1))) {
            y++; // down through the background and the label's text
        }
        return y / SCALE;
    }

    /** The tiles' background, #e6f4fb. */
    private static boolean tile(int rgb) {
        return (rgb & 0xFFFFFF) == 0xE6F4FB;
    }

    /** A white pixel at {@code x}, and the tile's background nowhere on its line within 2 pt either side. */
    private static boolean blank(BufferedImage image, int x, int y) {
        for (int dx = -Math.round(2 * SCALE); dx <= Math.round(2 * SCALE); dx++) {
            if (tile(image.getRGB(x + dx, y))) {
                return false;
            }
        }
        return (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF;
    }

    private static float x(String figure) {
        return runs.stream().filter(r -> r.text().contains(figure)).findFirst().orElseThrow().x();
    }

    private static float y(String figure) {
        return runs.stream().filter(r -> r.text().contains(figure)).findFirst().orElseThrow().y();
    }

    private static String readingOrder(PDDocument pdf) throws IOException {
        Map<PDPage, Map<Integer, String>> marked = new HashMap<>();
        for (PDPage page : pdf.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> texts = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                texts.put(content.getMCID(), text(content));
            }
            marked.put(page, texts);
        }
        StringBuilder out = new StringBuilder();
        walk(pdf.getDocumentCatalog().getStructureTreeRoot(), null, marked, out);
        return out.toString();
    }

    private static void walk(PDStructureNode node, PDPage page, Map<PDPage, Map<Integer, String>> marked, StringBuilder out) {
        PDPage here = node instanceof PDStructureElement element && element.getPage() != null ? element.getPage() : page;
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureNode child) {
                walk(child, here, marked, out);
            } else if (kid instanceof Integer mcid && here != null) {
                out.append(marked.getOrDefault(here, Map.of()).getOrDefault(mcid, "")).append(' ');
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage of = reference.getPage() != null ? reference.getPage() : here;
                out.append(marked.getOrDefault(of, Map.of()).getOrDefault(reference.getMCID(), "")).append(' ');
            }
        }
    }

    private static String text(PDMarkedContent content) {
        List<String> parts = new ArrayList<>();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition glyph) {
                parts.add(glyph.getUnicode());
            } else if (item instanceof PDMarkedContent inner) {
                parts.add(text(inner));
            }
        }
        return String.join("", parts);
    }
}
