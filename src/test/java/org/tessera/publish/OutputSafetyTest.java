package org.tessera.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.BuildResult;
import org.tessera.TestEdition;
import org.tessera.TestFiles;
import org.tessera.Tessera;
import org.tessera.cli.Run;
import org.tessera.render.OutputFile;
import org.tessera.render.Progress;

class OutputSafetyTest {

    @TempDir
    Path temp;

    private Path edition() {
        return TestEdition.copyOf("editions/minimal", temp.resolve("edition")).root();
    }

    @Test
    void build_refuses_the_edition_folder_as_output() {
        Path edition = edition();
        Map<String, String> before = TestFiles.snapshot(edition);

        Run run = Run.of("build", "--source", edition.toString(), "--output", edition.toString());

        assertEquals(1, run.exit());
        assertTrue(run.err().contains("the output folder is the edition folder itself"), run.err());
        assertEquals(before, TestFiles.snapshot(edition));
    }

    @Test
    void build_refuses_an_output_folder_that_contains_the_sources() {
        Path edition = edition();
        BuildResult result = Tessera.build(edition, temp, false);
        assertFalse(result.published());
        assertTrue(result.problems().get(0).message().contains("contains the edition's sources"));
        assertTrue(Files.exists(edition.resolve("site.yml")));
    }

    @Test
    void build_refuses_an_output_folder_inside_the_content() {
        Path edition = edition();
        BuildResult result = Tessera.build(edition, edition.resolve("content/site"), false);
        assertFalse(result.published());
        assertTrue(result.problems().get(0).message().contains("inside the edition's content"));
        assertFalse(Files.exists(edition.resolve("content/site")));
    }

    @Test
    void build_refuses_a_folder_it_did_not_write() throws IOException {
        Path mine = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(mine.resolve("thesis.docx"), "years of work");

        BuildResult result = Tessera.build(edition(), mine, false);

        assertFalse(result.published());
        assertEquals("years of work", Files.readString(mine.resolve("thesis.docx")));
        assertEquals(1, TestFiles.snapshot(mine).size());
    }

    @Test
    void rebuild_replaces_the_previous_output_and_leaves_no_temporary_folder() throws IOException {
        Path edition = edition();
        Path site = temp.resolve("site");
        assertTrue(Tessera.build(edition, site, false).published());
        Files.writeString(site.resolve("stale.html"), "from an older build");

        assertTrue(Tessera.build(edition, site, false).published());

        assertFalse(Files.exists(site.resolve("stale.html")));
        assertTrue(Files.exists(site.resolve("index.html")));
        assertEquals(List.of(), TestFiles.leftAfterWaiting(temp, ".tessera-build-"));
        assertEquals(List.of(".tessera-spare-site", "edition", "site"), names(temp), "the output replaced is kept as the next build's spare");
    }

    @Test
    void the_replaced_output_is_removed_in_the_background_and_a_build_straight_after_publishes_it_whole() throws IOException {
        Path edition = edition();
        Path site = temp.resolve("site");
        Map<String, String> first = published(edition, site);

        assertTrue(Tessera.build(edition, site, false, true, Progress.NONE).published()); // replaces every file
        assertTrue(Tessera.build(edition, site, false, true, Progress.NONE).published()); // while that one is removed

        assertWholeWithNothingBeside(first, site);
        assertEquals(List.of(".tessera-spare-site", "edition", "site"), names(temp));
    }

    @Test
    void an_old_output_whose_removal_died_is_removed_by_the_next_build_which_publishes_whole() throws IOException {
        Path edition = edition();
        Path site = temp.resolve("site");
        Map<String, String> first = published(edition, site);
        TestFiles.copyTree(site, temp.resolve(".tessera-build-1234.old")); // half removed, or never: no lock beside it
        TestFiles.copyTree(site, temp.resolve(".tessera-build-5678")); // a killed build's staging folder, lock free
        Files.writeString(temp.resolve(".tessera-build-5678.lock"), "");

        assertTrue(Tessera.build(edition, site, false, true, Progress.NONE).published());

        assertWholeWithNothingBeside(first, site);
    }

    /** Builds {@code edition} into {@code site}: the files published. */
    private static Map<String, String> published(Path edition, Path site) {
        assertTrue(Tessera.build(edition, site, false).published());
        return TestFiles.snapshot(site);
    }

    /** The output holds {@code expected}, and no staging folder or replaced output is left beside it once removed. */
    private void assertWholeWithNothingBeside(Map<String, String> expected, Path site) {
        assertEquals(expected, TestFiles.snapshot(site));
        assertEquals(List.of(), TestFiles.leftAfterWaiting(site.getParent(), ".tessera-build-"));
    }

    @Test
    void a_write_failing_halfway_leaves_the_previous_output_unchanged() throws IOException {
        Path site = temp.resolve("site");
        assertTrue(Tessera.build(edition(), site, false).published());
        Map<String, String> before = TestFiles.snapshot(site);
        List<OutputFile> files = List.of(
                new OutputFile.Written("index.html", "<p>new</p>".getBytes()),
                new OutputFile.Copied("assets/photo.jpg", temp.resolve("vanished.jpg")));

        assertThrows(IOException.class, () -> Publisher.publish(files, site));

        assertEquals(before, TestFiles.snapshot(site));
        assertEquals(List.of("edition", "site"), names(temp));
    }

    @Test
    void a_file_path_leaving_the_output_folder_is_refused() throws IOException {
        Path site = temp.resolve("site");
        List<OutputFile> files = List.of(new OutputFile.Written("../escaped.html", "x".getBytes()));

        assertThrows(IOException.class, () -> Publisher.publish(files, site));

        assertFalse(Files.exists(temp.resolve("escaped.html")));
        assertFalse(Files.exists(site));
    }

    @Test
    void a_failed_build_never_creates_the_output_folder() {
        Path edition = TestEdition.copyOf("editions/minimal", temp.resolve("edition"))
                .file("content/data/donors.csv", "donor,amount\nGermany,lots\n").root();

        BuildResult result = Tessera.build(edition, temp.resolve("site"), false);

        assertFalse(result.published());
        assertFalse(Files.exists(temp.resolve("site")));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
