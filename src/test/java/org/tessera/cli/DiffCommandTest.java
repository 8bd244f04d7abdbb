package org.tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;

/** {@code tessera diff} prints every change planted between two editions, and nothing else. */
class DiffCommandTest {

    @TempDir
    Path dir;

    private TestEdition copy(String name) {
        return TestEdition.copyOf("editions/minimal", dir.resolve(name))
                .file("content/data/needs.csv", "country,amount\nChad,1000\nMali,2000\n");
    }

    private List<String> lines(Run run) {
        return run.out().lines().toList();
    }

    @Test
    void identical_editions_have_no_changes_and_exit_0() {
        Run run = Run.of("diff", copy("old").root().toString(), copy("new").root().toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("No changes."), lines(run));
    }

    @Test
    void every_kind_of_change_is_printed_once_and_exits_1() {
        TestEdition old = copy("old").file("content/programmes/beta.yml", "title: Beta programme\ncountries: [GN]\nstatus: active\n");
        TestEdition now = copy("new")
                .file("content/programmes/gamma.yml", "title: Gamma programme\ncountries: [SL]\nstatus: pipeline\n")
                .edit("content/programmes/alpha.yml", "status: active", "status: closed")
                .edit("content/data/indicators.csv", "2022,120", "2022,130")
                .edit("content/data/donors.csv", "Ireland,\"500,000\"", "Ireland,\"600,000\"")
                .edit("content/data/donors.csv", "member-state\n", "member-state\nNorway,100000,member-state\n")
                .edit("content/data/needs.csv", "Mali,2000", "Mali,2500\nNiger,700");
        Run run = Run.of("diff", old.root().toString(), now.root().toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals(List.of(
                "programme alpha: closed active → closed (content/programmes/alpha.yml:1 → content/programmes/alpha.yml:1)",
                "programme beta: removed Beta programme (content/programmes/beta.yml:1 → –)",
                "programme gamma: added Gamma programme (pipeline) (– → content/programmes/gamma.yml:1)",
                "indicator al-1: current value 200 → 210 (content/data/indicators.csv:2 → content/data/indicators.csv:2)",
                "indicator al-1: restated 2022 120 → 130 (content/data/indicators.csv:2 → content/data/indicators.csv:2)",
                "donor Ireland: amount USD 500,000 → USD 600,000 (content/data/donors.csv:3 → content/data/donors.csv:4)",
                "donor Norway: added USD 100,000 (– → content/data/donors.csv:3)",
                "dataset needs: row \"Mali\", amount 2,000 → 2,500 (content/data/needs.csv:3 → content/data/needs.csv:3)",
                "dataset needs: row \"Niger\" added (– → content/data/needs.csv:4)",
                "9 changes."), lines(run));
        Run json = Run.of("diff", "--format", "json", old.root().toString(), now.root().toString());
        assertTrue(json.out().contains("\"count\":9") && json.out().contains("\"what\":\"restated 2022\""), json.out());
    }

    @Test
    void an_edition_that_does_not_load_exits_2_naming_its_errors() {
        TestEdition broken = copy("new").edit("content/data/donors.csv", "\"500,000\"", "\"5OO,000\"");
        Run run = Run.of("diff", copy("old").root().toString(), broken.root().toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("cannot be compared until its errors are fixed") && run.err().contains("content/data/donors.csv:3:2"),
                run.err());
    }
}
