package org.tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tessera.TestEdition;

class MainTest {

    @TempDir
    Path dir;

    /** Runs the command line, returning exit code and everything printed. */
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            Supplier<Integer> main = () -> Main.run(args);
            int code = main.get();
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "check"})
    void every_command_has_help(String command) {
        Run run = run(command, "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("--source"), run.out());
    }

    @Test
    void build_reports_problems_with_positions_and_exits_non_zero() {
        TestEdition.minimal(dir).file("content/programmes/tajikistan.yml", "title: T\ncountries: [TJ]\nstatus: finished\n");
        Run run = run("build", "--source", dir.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("content/programmes/tajikistan.yml:3:9: error: 'status' in content/programmes/tajikistan.yml must be one of active, pipeline, closed, not \"finished\""), run.err());
        assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), run.err());
    }

    @Test
    void check_groups_problems_by_file_with_a_summary_and_json() {
        TestEdition.minimal(dir).file("content/programmes/tajikistan.yml", "title: T\ncountries: [TJ]\nstatus: finished\nmarkers: {gender: E}\n")
                .site("colour: blue");
        Run text = run("check", "--source", dir.toString());
        assertEquals(1, text.code());
        assertTrue(text.out().contains("content/programmes/tajikistan.yml\n  content/programmes/tajikistan.yml:3:9: error:"), text.out());
        assertTrue(text.out().contains("1 error, 1 warning in 2 files."), text.out());
        Run json = run("check", "--source", dir.toString(), "--format", "json");
        assertTrue(json.out().contains("\"errors\" : 1"), json.out());
        assertTrue(json.out().contains("\"line\" : 3"), json.out());
    }

    @Test
    void check_passes_a_clean_edition_and_strict_fails_on_warnings() {
        TestEdition.minimal(dir);
        assertEquals(0, run("check", "--source", dir.toString()).code());
        TestEdition.minimal(dir).site("colour: blue");
        assertEquals(0, run("check", "--source", dir.toString()).code());
        assertEquals(1, run("check", "--source", dir.toString(), "--strict").code());
    }

    @Test
    void missing_edition_folder_is_a_clear_error() {
        Run run = run("build", "--source", dir.resolve("nowhere").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("the edition folder does not exist"), run.err());
    }
}
