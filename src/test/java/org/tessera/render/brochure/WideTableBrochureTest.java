package org.tessera.render.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.BuildResult;
import org.tessera.TestEdition;
import org.tessera.Tessera;
import org.tessera.model.Brochure;
import org.tessera.model.Problem;

/**
 * An edition with a funding table of 12 columns (long headers, 10-digit figures, a declared Total row and
 * column) and short tables after paragraphs of every length, printed on A4 and on Letter: every figure is
 * visible in each PDF and every caption is on the page where its table starts.
 */
class WideTableBrochureTest {

    static final String CAPTION = "Funding requirements by country and programmatic area";
    /** Ten programmatic areas with long headers, as appeals name them in full. */
    static final List<String> AREAS = java.util.stream.IntStream.rangeClosed(1, 10)
            .mapToObj(a -> "Programmatic area " + a + ": protection, assistance and reintegration of migrants").toList();
    static final List<String> COUNTRIES = List.of("Afghanistan", "Bangladesh", "Bolivia (Plurinational State of)",
            "Democratic Republic of the Congo", "Ethiopia", "Lao People's Democratic Republic", "Libya");
    private static final Map<Brochure.Paper, String> PDFS = Map.of(Brochure.Paper.A4, "brochures/wide-a4.pdf",
            Brochure.Paper.LETTER, "brochures/wide-letter.pdf");

    @TempDir
    static Path temp;
    private static TestEdition edition;
    private static final Map<Brochure.Paper, List<VisibleText.Run>> runs = new HashMap<>();

    @BeforeAll
    static void build() throws IOException {
        edition = wideEdition(temp.resolve("wide"), "").build();
        for (Map.Entry<Brochure.Paper, String> pdf : PDFS.entrySet()) {
            try (PDDocument document = Loader.loadPDF(edition.output().resolve(pdf.getValue()).toFile())) {
                runs.put(pdf.getKey(), VisibleText.of(document, PageBox.of(pdf.getKey())));
            }
        }
    }

    /** The edition; {@code cell} is appended to the first country's name, e.g. to make it too wide for any page. */
    static TestEdition wideEdition(Path root, String cell) {
        StringBuilder csv = new StringBuilder("country");
        StringBuilder yml = new StringBuilder("title: " + CAPTION + "\nsource: {publisher: Test fund, as_of: 2024-01}\n"
                + "columns:\n  country: {type: text, label: Country}\n");
        for (int a = 1; a <= AREAS.size(); a++) {
            csv.append(",area").append(a);
            yml.append("  area").append(a).append(": {type: money, currency: USD, label: \"").append(AREAS.get(a - 1)).append("\"}\n");
        }
        csv.append(",Total\n");
        yml.append("  Total: {type: money, currency: USD, label: Total}\ntotals: {row: Total, column: Total}\n");
        long[] sums = new long[AREAS.size() + 1];
        for (int r = 0; r < COUNTRIES.size(); r++) {
            csv.append('"').append(COUNTRIES.get(r)).append(r == 0 ? cell : "").append('"');
            long total = 0;
            for (int a = 0; a < AREAS.size(); a++) {
                long figure = 1_234_567_890L + (r * 7L + a) * 98_765_431L;
                csv.append(',').append(figure);
                sums[a] += figure;
                total += figure;
            }
            sums[AREAS.size()] += total;
            csv.append(',').append(total).append('\n');
        }
        csv.append("Total");
        for (long sum : sums) {
            csv.append(',').append(sum);
        }
        return TestEdition.minimal(root).site("""
                brochures:
                  - {id: wide-a4, title: Wide tables, paper: A4, contents: [cover, page:funding, back-cover]}
                  - {id: wide-letter, title: Wide tables, paper: Letter, contents: [cover, page:funding, back-cover]}
                """).file("content/data/requirements.csv", csv.append('\n').toString())
                .file("content/data/requirements.yml", yml.toString())
                .page("funding", funding());
    }

    /** The wide table, then short tables each after a paragraph one sentence longer than the last, so one falls near a page's foot. */
    private static String funding() {
        String sentence = "Figures are the requirements of the Joint Programmes for the whole period of the appeal. ";
        StringBuilder md = new StringBuilder("```table\ndata: requirements\n```\n\n");
        for (int n = 1; n <= 14; n++) {
            md.append(sentence.repeat(n * 3)).append("\n\n```table\ndata: requirements\ncolumns: [country, area1, Total]\n```\n\n");
        }
        return md.toString();
    }

    /** Every figure of the funding tables as the web page prints it. */
    private static List<String> figures() {
        List<String> figures = edition.html("funding/").select("td.num").eachText();
        assertTrue(figures.size() > COUNTRIES.size() * 12, "the web page shows the table: " + figures.size());
        return figures;
    }


    @Test
    void every_figure_of_a_12_column_table_is_visible_on_a4_and_on_letter() {
        for (Brochure.Paper paper : PDFS.keySet()) {
            List<String> missing = figures().stream().distinct().filter(f -> !VisibleText.showsWhole(runs.get(paper), f)).toList();
            assertEquals(List.of(), missing, paper + ": figures not visible whole inside the page and its clip");
        }
    }

    @Test
    void the_wide_table_is_split_into_parts_that_say_which_columns_they_hold() {
        for (Brochure.Paper paper : PDFS.keySet()) {
            assertTrue(runs.get(paper).stream().anyMatch(run -> run.text().contains("(part 2 of ")), paper + ": no second part");
        }
    }

    @Test
    void every_table_caption_is_on_the_page_where_its_header_row_starts() {
        for (Brochure.Paper paper : PDFS.keySet()) {
            List<VisibleText.Run> all = runs.get(paper);
            int captions = 0;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).text().startsWith(CAPTION)) {
                    captions++;
                    VisibleText.Run header = nextHeader(all, i);
                    assertEquals(all.get(i).page(), header.page(), paper + ": the caption at " + all.get(i) + " and its table");
                }
            }
            assertTrue(captions >= 15, paper + ": " + captions + " captions");
        }
    }

    private static VisibleText.Run nextHeader(List<VisibleText.Run> runs, int caption) {
        for (int i = caption + 1; i < runs.size(); i++) {
            if (runs.get(i).text().startsWith("Country")) {
                return runs.get(i);
            }
        }
        throw new AssertionError("no header row after " + runs.get(caption));
    }

    @Test
    void a_word_too_wide_for_any_page_fails_the_build_naming_the_brochure_page_and_table(@TempDir Path folder) {
        TestEdition tooWide = wideEdition(folder.resolve("edition"), " " + "X".repeat(300));
        BuildResult result = Tessera.build(tooWide.root(), folder.resolve("site"), false);
        List<String> errors = new ArrayList<>(result.problems().stream().filter(Problem::isError).map(Problem::format).toList());
        assertFalse(result.published(), "the build fails");
        assertTrue(errors.stream().anyMatch(e -> e.matches("(?s).*brochures/wide-a4\\.pdf, pages? \\d.*") && e.contains("in \"" + CAPTION.substring(0, 39))
                && e.contains("XXXXXXXX") && e.contains("shorten it")), String.join("\n", errors));
        assertTrue(errors.stream().anyMatch(e -> e.matches("(?s).*brochures/wide-letter\\.pdf, pages? \\d.*")), String.join("\n", errors));
    }
}
