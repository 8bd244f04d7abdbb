package org.tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.TestFiles;

class CheckCommandTest {

    @TempDir
    Path temp;

    /** Two errors in the donors, one in a programme, one warning in a page. */
    private Path editionWithFourProblems() {
        return TestEdition.copyOf("editions/minimal", temp.resolve("edition"))
                .file("content/data/donors.csv", "donor,amount\nGermany,2OOO\nIreland,-5x\n")
                .edit("content/programmes/alpha.yml", "IOM: 600000", "IOM: 500000")
                .file("content/pages/about.md", "---\ntitle: About\nsumary: typo\n---\n\nText.\n").root();
    }

    @Test
    void check_reports_every_problem_grouped_by_file_with_a_summary() {
        Run run = Run.of("check", "--source", editionWithFourProblems().toString());

        assertEquals(1, run.exit());
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of(
                "content/data/donors.csv",
                "  content/data/donors.csv:2:2: error: \"2OOO\" in column 'amount' is not a number (letter O instead of zero?)",
                "  content/data/donors.csv:3:2: error: \"-5x\" in column 'amount' is not a number; write digits, e.g. 2263, 2,263 or 94%",
                "content/pages/about.md",
                "  content/pages/about.md:3:1: warning: unknown field 'sumary' in the front matter (did you mean 'summary'?); "
                        + "known fields: title, nav_title, hero, order, summary",
                "content/programmes/alpha.yml",
                "  content/programmes/alpha.yml:7:3: error: budget total does not equal the sum of by_organization: "
                        + "stated 1,000,000, computed 900,000 (difference 100,000); correct the total or one of the parts",
                "3 errors, 1 warning in 3 files."), lines);
    }

    @Test
    void check_writes_nothing() {
        Path edition = editionWithFourProblems();
        var before = TestFiles.snapshot(edition);
        Run.of("check", "--source", edition.toString());
        assertEquals(before, TestFiles.snapshot(edition));
        assertFalse(Files.exists(edition.resolve("_site")));
    }

    @Test
    void warnings_alone_pass_unless_strict() {
        Path edition = TestEdition.copyOf("editions/minimal", temp.resolve("edition"))
                .file("content/pages/about.md", "---\ntitle: About\nsumary: typo\n---\n\nText.\n").root();

        Run lenient = Run.of("check", "--source", edition.toString());
        Run strict = Run.of("check", "--source", edition.toString(), "--strict");

        assertEquals(0, lenient.exit());
        assertEquals(1, strict.exit());
        assertTrue(strict.out().endsWith("0 errors, 1 warning in 1 file." + System.lineSeparator()), strict.out());
    }

    @Test
    void a_good_edition_has_no_problems() {
        Run run = Run.of("check", "--source", TestEdition.copyOf("editions/minimal", temp.resolve("edition")).root().toString());
        assertEquals(0, run.exit());
        assertEquals("No problems found.", run.out().strip());
    }

    @Test
    void the_example_edition_has_no_problems() {
        Run run = Run.of("check", "--source", ".", "--strict");
        assertEquals("No problems found.", run.out().strip());
        assertEquals(0, run.exit());
    }

    @Test
    void json_format_lists_every_problem_with_its_position() throws Exception {
        Run run = Run.of("check", "--source", editionWithFourProblems().toString(), "--format", "json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(1, run.exit());
        assertEquals(3, json.get("errors").asInt());
        assertEquals(1, json.get("warnings").asInt());
        JsonNode first = json.get("problems").get(0);
        assertEquals("content/data/donors.csv", first.get("file").asText());
        assertEquals(2, first.get("line").asInt());
        assertEquals(2, first.get("column").asInt());
        assertEquals("error", first.get("severity").asText());
        assertTrue(first.get("message").asText().startsWith("\"2OOO\" in column 'amount'"));
        assertEquals(4, json.get("problems").size());
    }

    @Test
    void a_missing_edition_folder_is_a_problem_not_a_crash() {
        Run run = Run.of("check", "--source", temp.resolve("nowhere").toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("the edition folder does not exist"), run.out());
        assertFalse(run.showsStackTrace());
    }
}
