package org.tessera.render.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.model.Brochure;

/**
 * An Arabic brochure with a bar chart whose donor names and value labels are Arabic: the chart's labels are drawn as
 * text, joined and right to left, in glyphs the embedded fonts have, and the bars and columns run from the right.
 */
class ArabicChartTest {

    /** "ألمانيا" (Germany) shaped and in drawing order: alef final … alef with hamza isolated. */
    private static final String GERMANY = "\uFE8E\uFEF4\uFEE7\uFE8E\uFEE4\uFEDF\uFE83";
    /** "مليون" (million) shaped and in drawing order. */
    private static final String MILLION = "\uFEE5\uFEEE\uFEF4\uFEE0\uFEE3";
    /** "السويد" (Sweden) shaped and in drawing order. */
    private static final String SWEDEN = "\uFEAA\uFEF3\uFEEE\uFEB4\uFEDF\uFE8D";

    @TempDir
    static Path dir;
    private static List<VisibleText.Run> runs;
    private static final List<TextPosition> glyphs = new ArrayList<>();

    @BeforeAll
    static void buildArabicBrochureWithChart() throws IOException {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition")).site("""
                language: ar
                brochures:
                  - {id: donors, title: المانحون, contents: [page:donors]}
                """).file("content/data/gifts.csv", "donor,amount,received\nألمانيا,19569912,70\nالسويد,938200,100\n")
                .file("content/data/gifts.yml", """
                        title: المساهمات
                        columns:
                          donor: {label: المانح}
                          amount: {type: money, currency: USD, label: المبلغ}
                          received: {type: percent, label: المستلم}
                        """)
                .page("donors", "```chart\ntype: bar\ndata: gifts\nx: donor\ny: amount\n```\n\n"
                        + "```chart\ntype: progress\ndata: gifts\nx: donor\ny: received\n```\n\n"
                        + "```chart\ntype: column\ndata: gifts\nx: donor\ny: amount\n```\n").build();
        try (PDDocument pdf = Loader.loadPDF(edition.output().resolve("brochures/donors.pdf").toFile())) {
            runs = VisibleText.of(pdf, PageBox.of(Brochure.Paper.A4));
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(text);
                }
            };
            stripper.writeText(pdf, new StringWriter());
        }
    }

    @Test
    void arabic_chart_labels_are_drawn_as_text_joined_and_in_drawing_order() {
        assertTrue(run(GERMANY).isPresent(), "the donor's name on its bar: " + drawn());
        assertTrue(run(MILLION).isPresent(), "the value label's unit: " + drawn());
        assertTrue(run(SWEDEN).isPresent(), drawn());
        assertTrue(run(MILLION + "\u00a019.6").isPresent(), "the figure stays right of the word it comes before: " + drawn());
    }

    @Test
    void no_arabic_letter_is_drawn_unshaped() {
        assertFalse(drawn().codePoints().anyMatch(c -> c >= 0x0622 && c <= 0x064A), drawn());
    }

    @Test
    void shares_print_without_the_left_to_right_mark_of_the_arabic_percent_format() {
        assertTrue(run("70%").isPresent(), "the progress bar's share: " + drawn());
        assertFalse(drawn().contains("\u200E"), "Noto Sans draws U+200E as a visible mark: " + drawn());
    }

    @Test
    void every_glyph_is_in_an_embedded_font() {
        assertTrue(glyphs.stream().anyMatch(g -> g.getUnicode().contains("\uFEE3")), "the chart's text was read: " + drawn());
        for (TextPosition glyph : glyphs) {
            assertTrue(glyph.getFont().isEmbedded(), glyph.getUnicode() + " in " + glyph.getFont().getName());
            for (int code : glyph.getCharacterCodes()) {
                assertTrue(code != 0, "no .notdef (missing glyph) where " + glyph.getUnicode() + " is drawn");
            }
        }
        assertEquals(List.of(), glyphs.stream().filter(g -> g.getUnicode().contains("\uFFFD")).map(TextPosition::getUnicode).toList());
    }

    @Test
    void the_bars_run_from_the_right_with_their_names_on_the_right() {
        VisibleText.Run name = run(GERMANY).orElseThrow();
        VisibleText.Run value = run(MILLION + "\u00a019.6").orElseThrow();
        assertTrue(name.x() > value.x() + value.width() + 100,
                "the name right of the bar, its value at the bar's left end: name at " + name.x() + ", value at " + value.x());
    }

    @Test
    void the_columns_run_from_the_right_the_first_donor_rightmost() {
        List<VisibleText.Run> germany = runs.stream().filter(r -> r.visible() && r.text().equals(GERMANY)).toList();
        VisibleText.Run sweden = runs.stream().filter(r -> r.visible() && r.text().equals(SWEDEN)
                && germany.stream().anyMatch(g -> Math.abs(g.y() - r.y()) < 1)).findFirst().orElseThrow(() -> new AssertionError(drawn()));
        VisibleText.Run first = germany.stream().filter(g -> Math.abs(g.y() - sweden.y()) < 1).findFirst().orElseThrow();
        assertTrue(first.x() > sweden.x() + sweden.width(), "Germany right of Sweden under the columns: " + first.x() + ", " + sweden.x());
    }

    private static java.util.Optional<VisibleText.Run> run(String text) {
        return runs.stream().filter(r -> r.visible() && r.text().contains(text)).findFirst();
    }

    private static String drawn() {
        return String.join(" | ", runs.stream().map(VisibleText.Run::text).toList());
    }
}
