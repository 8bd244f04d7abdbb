package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.tessera.model.Problem;

/** Notes the author writes under a table, a chart or a whole dataset reach the reader, on the web and in print. */
class NotesTest {

    private static final String EMPTY_CELL = "An empty cell means no activities are planned or all are funded.";

    @TempDir
    static Path dir;
    static TestEdition edition;

    @BeforeAll
    static void build() {
        edition = TestEdition.minimal(dir.resolve("edition"))
                .file("content/data/needs.csv", "country,amount\nChad,1000\nMali,\n")
                .file("content/data/needs.yml", "title: Needs\nnotes: \"" + EMPTY_CELL + "\"\n")
                .page("appeal", """
                        ```table
                        data: needs
                        note: Figures in United States dollars.
                        ```

                        ```chart
                        type: bar
                        id: needs-by-country
                        data: needs
                        x: country
                        y: amount
                        note: Mali's needs are still being assessed.
                        ```
                        """)
                .site("brochures:\n  - {id: appeal, title: Appeal, contents: [page:appeal]}")
                .build();
    }

    @Test
    void a_table_shows_its_datasets_notes_then_its_own_note() {
        assertEquals(List.of(EMPTY_CELL, "Figures in United States dollars."), edition.html("appeal/").select(".table-note").eachText());
    }

    @Test
    void a_chart_shows_its_note_and_is_named_by_its_id() {
        assertEquals("Mali's needs are still being assessed.", edition.html("appeal/").selectFirst("#chart-needs-by-country .chart__note").text());
    }

    @Test
    void the_brochure_prints_every_note() throws IOException {
        assertEquals(3, edition.html("brochures/appeal/").select(".note").size(), "print page");
        try (PDDocument pdf = Loader.loadPDF(edition.output().resolve("brochures/appeal.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String note : List.of(EMPTY_CELL, "Figures in United States dollars.", "Mali's needs are still being assessed.")) {
                assertTrue(text.contains(note), "the PDF prints " + note);
            }
        }
    }

    @Test
    void notes_and_ids_are_known_fields_and_a_bad_id_is_a_warning() {
        assertEquals(List.of(), edition.check().problems().stream().map(Problem::format).toList());
        edition.edit("content/pages/appeal.md", "id: needs-by-country", "id: Needs By Country");
        List<String> problems = edition.check().problems().stream().map(Problem::format).toList();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("warning: the chart id \"Needs By Country\" may only use lower-case letters"), problems.get(0));
        edition.edit("content/pages/appeal.md", "id: Needs By Country", "id: needs-by-country");
    }
}
