package org.tessera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildSafetyTest {

    @TempDir
    Path dir;

    @Test
    void failed_build_leaves_the_previous_output_untouched() throws Exception {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition"));
        Path out = dir.resolve("site");
        assertTrue(Tessera.build(edition.root(), out, false).published());
        String before = Files.readString(out.resolve("programmes/tajikistan/index.html"));

        edition.file("content/programmes/tajikistan.yml", "title: T\ncountries: [TJ]\nstatus: finished\n");
        BuildResult failed = Tessera.build(edition.root(), out, false);

        assertFalse(failed.published());
        assertEquals(before, Files.readString(out.resolve("programmes/tajikistan/index.html")));
        try (var leftovers = Files.list(dir)) {
            assertEquals(0, leftovers.filter(p -> p.getFileName().toString().startsWith(".tessera-")).count());
        }
    }

    @Test
    void a_build_killed_midway_leaves_the_previous_output_and_the_next_build_clears_its_debris() throws Exception {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition"));
        Path out = edition.root().resolve("_site"); // where the starter builds: debris here would reach version control
        assertTrue(Tessera.build(edition.root(), out, false).published());
        String before = Files.readString(out.resolve("index.html"));
        for (int i = 0; i < 3000; i++) { // enough programmes that the build is still writing when it is killed
            edition.file("content/programmes/p" + i + ".yml", "title: Programme " + i + "\ncountries: [TJ]\nstatus: active\n");
            edition.file("content/programmes/p" + i + ".md", "---\nsummary: Programme " + i + "\n---\n\n" + "A sentence. ".repeat(200) + "\n");
        }

        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.tessera.cli.Main", "build",
                "--source", edition.root().toString(), "--output", out.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (writtenBy(edition.root()) < 50 && build.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(build.isAlive(), "the build was still running when killed");
        build.destroyForcibly().waitFor(); // kill -9: no clean-up code runs
        assertTrue(debris(edition.root()) > 0, "the killed build left its staging folder");
        assertEquals(before, Files.readString(out.resolve("index.html")), "the previous output is intact");

        assertTrue(Tessera.build(edition.root(), out, false).published());

        assertEquals(List.of(), TestFiles.leftAfterWaiting(edition.root(), ".tessera-build-"), "the next build removed what the killed one left");
        assertTrue(Files.readString(out.resolve("programmes/index.html")).contains("Programme 2999"));
    }

    /** Files written into staging folders beside the output so far. */
    private static long writtenBy(Path parent) throws java.io.IOException {
        long count = 0;
        try (var entries = Files.list(parent)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(".tessera-build-") && Files.isDirectory(p)).toList()) {
                try (var walk = Files.walk(p)) {
                    count += walk.count();
                } catch (java.io.UncheckedIOException | java.io.IOException e) {
                    // the folder is being written or removed
                }
            }
        }
        return count;
    }

    private static long debris(Path parent) throws java.io.IOException {
        try (var entries = Files.list(parent)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".tessera-build-")).count();
        }
    }

    @Test
    void build_refuses_output_onto_the_sources() {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition"));
        BuildResult same = Tessera.build(edition.root(), edition.root(), false);
        assertTrue(same.problems().get(0).message().contains("is the edition folder itself"));
        BuildResult parent = Tessera.build(edition.root(), dir, false);
        assertTrue(parent.problems().get(0).message().contains("contains the edition's sources"));
        BuildResult inside = Tessera.build(edition.root(), edition.root().resolve("content/site"), false);
        assertTrue(inside.problems().get(0).message().contains("inside the edition's content"));
        assertTrue(Files.exists(edition.root().resolve("site.yml")));
    }

    @Test
    void build_refuses_to_replace_a_folder_it_did_not_write() throws Exception {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition"));
        Path mine = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(mine.resolve("thesis.txt"), "years of work");
        BuildResult result = Tessera.build(edition.root(), mine, false);
        assertFalse(result.published());
        assertEquals("years of work", Files.readString(mine.resolve("thesis.txt")));
    }

    @Test
    void warnings_fail_only_when_strict() {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition"))
                .site("colour: blue");
        assertTrue(Tessera.build(edition.root(), dir.resolve("a"), false).published());
        assertFalse(Tessera.build(edition.root(), dir.resolve("b"), true).published());
    }

    @Test
    void a_broken_template_is_reported_with_its_file_and_nothing_is_written() throws Exception {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition"))
                .file("templates/404.peb", "{% extends \"base\" %}\n{% block content %}\n{{ oops( }}\n{% endblock %}\n");
        BuildResult result = Tessera.build(edition.root(), dir.resolve("site"), false);
        assertFalse(result.published());
        String message = result.problems().get(0).format();
        assertTrue(message.startsWith("templates/404.peb:3"), message);
        assertFalse(Files.exists(dir.resolve("site")));
        // Pages rendered before the failure went into a staging folder; it is gone with the failed build.
        try (var leftovers = Files.list(dir)) {
            assertEquals(List.of(), leftovers.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".tessera-")).toList());
        }
    }
}
