package org.tessera.render.brochure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.results.ValidationResult;

/** The brochure item {@code map}: the world map printed as vector shapes, with its table, source and disclaimer. */
class BrochureMapTest {

    @TempDir
    Path dir;

    private TestEdition edition() {
        return TestEdition.minimal(dir)
                .file("content/programmes/second.yml", "title: Second\ncountries: [TJ, KE]\nstatus: active\n")
                .site("brochures:\n  - id: where\n    title: Where we work\n    contents: [cover, map]\n");
    }

    @Test
    void the_map_item_puts_the_countries_as_vector_paths_in_the_pdf_with_its_table_and_disclaimer() throws Exception {
        TestEdition edition = edition().build();
        Path file = edition.output().resolve("brochures/where.pdf");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDPage page = pdf.getPage(1);
            Shapes shapes = new Shapes(page);
            shapes.processPage(page);
            assertTrue(shapes.fills > 150, "the countries drawn as filled paths: " + shapes.fills);
            assertFalse(shapes.images, "the map drawn as a picture");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String text = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Tajikistan 2"), text);
            assertTrue(text.contains("Kenya 1"), text);
            assertTrue(text.contains("do not imply official endorsement or acceptance by the United Nations"), text);
        }
        String print = Files.readString(edition.output().resolve("brochures/where/index.html"));
        assertTrue(print.contains("<svg") && print.contains("<path d=\"M"), "the print page holds the map's SVG");
    }

    @Test
    void a_brochure_with_the_map_passes_pdf_ua_1() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        Path file = edition().build().output().resolve("brochures/where.pdf");
        ValidationResult result = BrochureTest.validate(file);
        assertTrue(result.isCompliant(), () -> BrochureTest.failures(result));
    }

    /** Counts the filled paths a page draws and whether it draws any image, form XObjects included. */
    private static final class Shapes extends PDFGraphicsStreamEngine {
        int fills;
        boolean images;

        Shapes(PDPage page) {
            super(page);
        }

        @Override
        public void fillPath(int windingRule) {
            fills++;
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            fills++;
        }

        @Override
        public void drawImage(PDImage pdImage) {
            images = true;
        }

        @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }
        @Override public void clip(int windingRule) { }
        @Override public void moveTo(float x, float y) { }
        @Override public void lineTo(float x, float y) { }
        @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
        @Override public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }
        @Override public void closePath() { }
        @Override public void endPath() { }
        @Override public void strokePath() { }
        @Override public void shadingFill(COSName shadingName) { }
    }
}
