package org.tessera.render.brochure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.model.Brochure;

/**
 * An Arabic brochure with a long paragraph that mixes Arabic, an English organisation's name and figures: its letters
 * are drawn joined and right to left, and its text reads back in logical order.
 */
class ArabicBrochureTest {

    private static final String SENTENCE = "ساهم الصندوق Migration Multi-Partner Trust Fund بمبلغ 57,398,734 دولار في تمويل "
            + "البرامج المشتركة في 17 دولة عضوا، ويعمل مع (IOM) والشركاء المحليين. ";

    @TempDir
    static Path dir;
    private static List<VisibleText.Run> runs;
    private static String text;

    @BeforeAll
    static void buildArabicBrochure() throws IOException {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition")).site("""
                language: ar
                brochures:
                  - {id: mixed, title: الهجرة في العمل, contents: [cover, page:mixed, back-cover]}
                """).page("mixed", SENTENCE.repeat(6)).build();
        try (PDDocument pdf = Loader.loadPDF(edition.output().resolve("brochures/mixed.pdf").toFile())) {
            runs = VisibleText.of(pdf, PageBox.of(Brochure.Paper.A4));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // lines as they are seen; the stripper puts each line back in reading order
            text = stripper.getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void arabic_letters_are_drawn_joined_as_presentation_forms_right_to_left() {
        String drawn = String.join(" ", runs.stream().map(VisibleText.Run::text).toList());
        // "في": feh initial (U+FED3) joined to yeh final (U+FEF2), drawn from the left: yeh first.
        assertTrue(drawn.contains("\uFEF2\uFED3"), drawn);
        assertFalse(drawn.codePoints().anyMatch(c -> c >= 0x0622 && c <= 0x064A),
                "every joining Arabic letter is drawn as a presentation form, none unshaped (hamza never joins): " + drawn);
    }

    @Test
    void the_english_name_and_figures_read_unreversed_inside_the_arabic_text() {
        assertTrue(text.contains("Migration Multi-Partner Trust Fund"), text);
        assertTrue(text.contains("57,398,734"), text);
        assertTrue(text.contains("(IOM)"), text);
    }

    @Test
    void the_extracted_text_reads_in_logical_order() {
        assertTrue(text.contains("البرامج المشتركة"), text);
        assertTrue(text.contains("والشركاء المحليين"), text);
        assertTrue(text.contains("الهجرة في العمل"), "running header or cover title in reading order: " + text);
    }
}
