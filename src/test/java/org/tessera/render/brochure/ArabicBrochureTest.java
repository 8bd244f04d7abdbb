package org.tessera.render.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * are drawn joined and right to left, and its text reads back in logical order. Another page holds figures written
 * with {@code {{< value >}}} (links in the page) inside an English and an Arabic sentence, and a percentage.
 */
class ArabicBrochureTest {

    private static final String SENTENCE = "ساهم الصندوق Migration Multi-Partner Trust Fund بمبلغ 57,398,734 دولار في تمويل "
            + "البرامج المشتركة في 17 دولة عضوا، ويعمل مع (IOM) والشركاء المحليين. ";

    private static final String FIGURES = """
            The funding gap stands at {{< value tj-1 >}} beneficiaries still to reach.

            بلغ عدد المستفيدين {{< value tj-1 >}} شخصا في طاجيكستان.

            لدى {{< value tj-2 >}} من العائدين خطة لإعادة الإدماج.

            وفي المجموع 38.3\u200E%\u200E من العائدين.
            """;

    @TempDir
    static Path dir;
    private static List<VisibleText.Run> runs;
    private static String text;

    @BeforeAll
    static void buildArabicBrochure() throws IOException {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition")).site("""
                language: ar
                brochures:
                  - {id: mixed, title: الهجرة في العمل, contents: [cover, page:mixed, page:figures, back-cover]}
                """).page("mixed", SENTENCE.repeat(6)).page("figures", FIGURES)
                .file("content/data/indicators.csv", """
                        programme,code,level,statement,unit,baseline,target,period,value
                        tajikistan,tj-1,outcome,# of migrants who received assistance,count,0,3000,2024,2263
                        tajikistan,tj-2,output,% of returnees with a reintegration plan,percent,0,80,2024,38.3
                        """).build();
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
    void an_english_sentence_whose_figure_is_a_link_reads_in_order() {
        assertTrue(text.contains("The funding gap stands at 2,263 beneficiaries still to reach."), text);
    }

    @Test
    void an_arabic_sentence_keeps_its_linked_figure_in_place() {
        assertTrue(text.contains("بلغ عدد المستفيدين 2,263 شخصا في طاجيكستان."), text);
    }

    /**
     * The Arabic percent format puts U+200E around the sign so that it stays right of the figure, as the web page shows
     * it; the PDF keeps that order without drawing the marks. (PDFBox's extraction reads a sign drawn right of a figure
     * in Arabic text as coming first, the same for a percentage an author typed in Arabic text: "%38.3".)
     */
    @Test
    void a_percentage_in_arabic_text_is_drawn_figure_then_sign_with_no_directional_mark() {
        String drawn = String.join(" ", runs.stream().map(VisibleText.Run::text).toList());
        assertEquals(2, drawn.split("38\\.3%", -1).length - 1, "drawn from the left: the figure, then its sign, twice: " + drawn);
        assertFalse(drawn.contains("\u200E") || text.contains("\u200E"), "U+200E is drawn as a visible mark: " + drawn);
        assertTrue(text.contains("لدى %38.3 من العائدين") && text.contains("المجموع %38.3 من"), text);
    }

    @Test
    void the_extracted_text_reads_in_logical_order() {
        assertTrue(text.contains("البرامج المشتركة"), text);
        assertTrue(text.contains("والشركاء المحليين"), text);
        assertTrue(text.contains("الهجرة في العمل"), "running header or cover title in reading order: " + text);
    }
}
