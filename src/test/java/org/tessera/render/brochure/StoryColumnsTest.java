package org.tessera.render.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.StressEdition;
import org.tessera.TestEdition;

/**
 * A long story printed in two columns reads as written: every sentence once, in order, in the text a PDF reader copies,
 * in the structure tree a screen reader follows, and down the page (first column, then the second, then the next chunk).
 */
class StoryColumnsTest {

    /** Sentences are numbered "S001"…; nothing else in the brochures reads like that. */
    private static final Pattern SENTENCE = Pattern.compile("S(\\d{3})");
    /** Sentences per paragraph: short and long ones, and one longer than two columns of a chunk. */
    private static final int[] PARAGRAPHS = {3, 8, 2, 5, 34, 4, 6, 1, 7, 3};
    private static final int SENTENCES = IntStream.of(PARAGRAPHS).sum();

    @Test
    void a_long_story_reads_once_and_in_order_in_two_columns_on_a4_and_letter(@TempDir Path dir) throws IOException {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition")).story(story()).site("""
                brochures:
                  - {id: story-a4, paper: A4, contents: [cover, programme:tajikistan, back-cover]}
                  - {id: story-letter, paper: Letter, contents: [cover, programme:tajikistan, back-cover]}
                """).build();
        for (String id : List.of("story-a4", "story-letter")) {
            assertReadsInOrder(edition.output(), id, false);
        }
        assertEquals(List.of(), PageFlowTest.offences(edition.output(), "story-a4", "story-letter"));
    }

    @Test
    void a_long_story_in_the_stress_brochures_reads_once_and_in_order(@TempDir Path dir) throws IOException {
        TestEdition edition = StressEdition.write(dir.resolve("edition")).file("content/programmes/programme-1.md", story()).build();
        for (String id : StressEdition.BROCHURES) {
            assertReadsInOrder(edition.output(), id, false);
        }
        assertEquals(List.of(), PageFlowTest.offences(edition.output(), StressEdition.BROCHURES.toArray(String[]::new)));
    }

    @Test
    void right_to_left_the_first_column_is_the_right_one(@TempDir Path dir) throws IOException {
        TestEdition edition = StressEdition.write(dir.resolve("edition"), "ar").file("content/programmes/programme-1.md", story()).build();
        assertReadsInOrder(edition.output(), "appeal-a4", true);
    }

    @Test
    void a_paragraph_cut_between_columns_keeps_its_markup_and_gives_no_id_twice() {
        Element p = Jsoup.parse("<p id=\"x\">One two <em>three <a href=\"#a\">four five</a> six</em> seven.</p>").selectFirst("p");
        Element second = ParagraphCut.cut(p, "One two three four ".length());
        assertEquals("<p id=\"x\">One two <em>three <a href=\"#a\">four </a></em></p>", p.outerHtml());
        assertEquals("<p><em><a href=\"#a\">five</a> six</em> seven.</p>", second.outerHtml());
        assertEquals(second, p.nextElementSibling());
    }

    /** The story's sentences in the order the PDF's text, its structure tree and its page positions give them, each once. */
    private static void assertReadsInOrder(Path site, String id, boolean rightToLeft) throws IOException {
        List<Integer> all = IntStream.rangeClosed(1, SENTENCES).boxed().toList();
        try (PDDocument pdf = Loader.loadPDF(site.resolve("brochures/" + id + ".pdf").toFile())) {
            Positions positions = new Positions();
            positions.getText(pdf);
            assertEquals(all, numbers(PageFlow.readingOrder(pdf)), id + ": the structure tree");
            assertEquals(all, numbers(new PDFTextStripper().getText(pdf)), id + ": the text of the PDF");
            assertEquals(all, positions.found.stream().map(Position::number).toList(), id + ": the text drawn");
            float middle = pdf.getPage(0).getMediaBox().getWidth() / 2;
            List<Position> second = positions.found.stream().filter(p -> rightToLeft ? p.x() < middle : p.x() > middle).toList();
            assertTrue(second.size() > SENTENCES / 4, id + ": sentences in the second column: " + second);
            for (int i = 1; i < positions.found.size(); i++) {
                assertFollows(positions.found.get(i - 1), positions.found.get(i), middle, rightToLeft, id);
            }
        }
    }

    /** {@code next} is where a reader goes after {@code previous}: down its column, up to the second, or down to the next chunk. */
    private static void assertFollows(Position previous, Position next, float middle, boolean rightToLeft, String id) {
        if (next.page() != previous.page()) {
            assertTrue(next.page() > previous.page(), id + ": " + next + " before " + previous);
            return;
        }
        boolean wasFirst = rightToLeft == previous.x() > middle;
        boolean isFirst = rightToLeft == next.x() > middle;
        boolean lower = next.y() > previous.y() - 1; // further down, or on the same line
        assertTrue(wasFirst && !isFirst || lower, id + ": " + next + " does not follow " + previous);
    }

    private static List<Integer> numbers(String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }

    /** Where a sentence's number is drawn: its page, and x and y from the page's top left. */
    private record Position(int number, int page, float x, float y) {
    }

    /** Records where each numbered sentence is drawn, in the order it is drawn. */
    private static final class Positions extends PDFTextStripper {

        final List<Position> found = new ArrayList<>();

        Positions() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> letters) throws IOException {
            Matcher m = SENTENCE.matcher(text);
            while (m.find()) {
                TextPosition at = letters.get(Math.min(m.start(), letters.size() - 1));
                found.add(new Position(Integer.parseInt(m.group(1)), getCurrentPageNo(), at.getXDirAdj(), at.getYDirAdj()));
            }
        }
    }

    /**
     * A story of numbered sentences in paragraphs of {@link #PARAGRAPHS} sentences, some words emphasised or linked
     * across the places a paragraph may be cut, with a heading halfway.
     */
    static String story() {
        StringBuilder md = new StringBuilder("## Background\n\n");
        int n = 1;
        for (int p = 0; p < PARAGRAPHS.length; p++) {
            if (p == PARAGRAPHS.length / 2) {
                md.append("## Results\n\n");
            }
            for (int s = 0; s < PARAGRAPHS[p]; s++, n++) {
                String sentence = n % 5 == 0 ? "S%03d The programme trained *women farmers and their children in drip irrigation, greenhouse cultivation*"
                        : n % 7 == 0 ? "S%03d Families left behind received [social support services and legal advice](https://example.org/support)"
                        : "S%03d The Joint Programme worked with local authorities and communities along the migration corridor";
                md.append(sentence.formatted(n)).append(" in the valley. ");
            }
            md.append("\n\n");
        }
        return md.toString();
    }
}
