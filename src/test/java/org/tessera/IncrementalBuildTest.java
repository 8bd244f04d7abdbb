package org.tessera;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.cache.BuildCache;
import org.tessera.render.Progress;

/**
 * Builds after a change start from what the last build left in the edition's cache, and must publish exactly what a
 * clean build publishes: every file, byte for byte.
 */
class IncrementalBuildTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tessera.EditionChanges#all")
    void after_each_kind_of_change_an_incremental_build_publishes_what_a_clean_build_does(EditionChanges.Change change) {
        TestEdition edition = EditionChanges.edition(tmp);
        Path output = tmp.resolve("site");
        assertTrue(build(edition, output, false).published());
        // a build before the change, so that the output replaced by the first is there to be brought up to date
        Path story = edition.root().resolve(EditionChanges.PROGRAMME);
        edition.file(EditionChanges.PROGRAMME, TestFiles.read(story) + "\nWritten before the change.\n");
        assertTrue(build(edition, output, false).published());
        assertTrue(Files.isDirectory(output.resolveSibling(".tessera-spare-site")), "the output replaced, kept beside it");

        change.apply().apply(edition);
        BuildResult incremental = build(edition, output, false);

        assertTrue(incremental.published(), incremental.problems()::toString);
        BuildResult clean = build(edition, tmp.resolve("clean"), true);
        assertSameFiles(clean, output);
        assertEquals(clean.problems(), incremental.problems(), "the same problems, whether found again or remembered");
    }

    @Test
    void a_programme_unchanged_since_is_checked_again_when_what_it_links_to_changes() {
        TestEdition edition = EditionChanges.edition(tmp);
        edition.file("content/programmes/second.yml", "title: A second programme\ncountries: [GN]\nstatus: pipeline\n")
                .file("content/programmes/second.md", "---\nsummary: Second.\n---\n\n## Background\n\nSee [the first](../border-districts/#next-steps).\n");
        Path output = tmp.resolve("site");
        String warning = "leads to #next-steps, which /programmes/border-districts/ does not have";
        BuildResult first = build(edition, output, false);
        assertTrue(first.problems().stream().anyMatch(p -> p.message().contains(warning)), first.problems()::toString);

        edition.edit(EditionChanges.PROGRAMME, "## Background", "## Next steps\n\nMore to come.\n\n## Background");
        BuildResult fixed = build(edition, output, false);

        assertTrue(fixed.problems().stream().noneMatch(p -> p.message().contains(warning)), fixed.problems()::toString);
        edition.edit(EditionChanges.PROGRAMME, "## Next steps", "## Later steps");
        BuildResult again = build(edition, output, false);
        assertTrue(again.problems().stream().anyMatch(p -> p.message().contains(warning)), again.problems()::toString);
        assertEquals(build(edition, tmp.resolve("clean"), true).problems(), again.problems());
    }

    @Test
    void a_story_edit_writes_its_page_and_keeps_the_rest() {
        TestEdition edition = EditionChanges.edition(tmp);
        Path output = tmp.resolve("site");
        int all = build(edition, output, false).files();
        edition.edit(EditionChanges.PROGRAMME, "## Background", "## Background\n\nA sentence added since.");

        BuildResult result = build(edition, output, false);

        assertTrue(TestFiles.read(output.resolve("programmes/border-districts/index.html")).contains("A sentence added since."));
        assertTrue(result.files() < all / 4, result.files() + " files written of " + all);
        assertEquals(all, result.files() + result.kept());
    }

    @Test
    void when_nothing_changed_the_output_is_left_as_it_is() throws IOException {
        TestEdition edition = EditionChanges.edition(tmp);
        Path output = tmp.resolve("site");
        build(edition, output, false);
        Path home = output.resolve("index.html");
        FileTime before = Files.getLastModifiedTime(home);

        BuildResult again = build(edition, output, false);

        assertTrue(again.published());
        assertEquals(0, again.files());
        assertTrue(again.kept() > 0);
        assertEquals(before, Files.getLastModifiedTime(home));
    }

    @Test
    void nothing_changed_still_reports_the_warnings_and_fails_a_strict_build() {
        TestEdition edition = EditionChanges.edition(tmp);
        edition.edit(EditionChanges.PROGRAMME, "## Background", "## Background\n\nSee [the missing page](../nowhere/).");
        Path output = tmp.resolve("site");
        BuildResult first = build(edition, output, false);
        assertTrue(first.warnings() + first.errors() > 0, "the broken link is reported");

        BuildResult again = build(edition, output, false);
        BuildResult strict = Tessera.build(edition.root(), output, true, false, Progress.NONE);

        assertEquals(first.problems(), again.problems());
        assertFalse(strict.published());
    }

    @Test
    void a_damaged_cache_is_ignored_with_a_note_and_everything_is_built() throws IOException {
        TestEdition edition = EditionChanges.edition(tmp);
        Path output = tmp.resolve("site");
        build(edition, output, false);
        Path cache = BuildCache.file(edition.root(), output);
        byte[] bytes = Files.readAllBytes(cache);
        bytes[bytes.length / 2] ^= 0x20; // one character of the body changed
        Files.write(cache, bytes);
        edition.edit(EditionChanges.PROGRAMME, "## Background", "## Context");

        BuildResult result = build(edition, output, false);

        assertTrue(result.published());
        assertEquals(0, result.kept());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("damaged")), result.notes()::toString);
        assertSameFiles(build(edition, tmp.resolve("clean"), true), output);
    }

    @Test
    void a_cache_from_another_tessera_is_not_trusted() throws IOException {
        BuildResult result = rebuiltAfter(text -> text.replaceFirst(", made by tessera ", ", made by tessera 0.0.1 "));

        assertEquals(0, result.kept());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("another version of Tessera")), result.notes()::toString);
    }

    @Test
    void a_cache_in_another_format_is_not_trusted() throws IOException {
        BuildResult result = rebuiltAfter(text -> "tessera build cache, format 1, checksum 0, made by " + BuildCache.thisTool() + "\n{}");

        assertEquals(0, result.kept());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("another version of Tessera")), result.notes()::toString);
    }

    /** A build, its cache file rewritten by {@code rewrite} (a character a byte, so a binary body stays), a build again. */
    private BuildResult rebuiltAfter(java.util.function.UnaryOperator<String> rewrite) throws IOException {
        TestEdition edition = EditionChanges.edition(tmp);
        Path output = tmp.resolve("site");
        build(edition, output, false);
        Path cache = BuildCache.file(edition.root(), output);
        String text = new String(Files.readAllBytes(cache), StandardCharsets.ISO_8859_1);
        Files.write(cache, rewrite.apply(text).getBytes(StandardCharsets.ISO_8859_1));
        return build(edition, output, false);
    }

    @Test
    void files_removed_from_the_output_by_hand_are_made_again() throws IOException {
        TestEdition edition = EditionChanges.edition(tmp);
        Path output = tmp.resolve("site");
        build(edition, output, false);
        Files.delete(output.resolve("donors/index.html"));
        edition.edit(EditionChanges.PROGRAMME, "## Background", "## Context");

        BuildResult result = build(edition, output, false);

        assertTrue(result.published(), result.problems()::toString);
        assertSameFiles(build(edition, tmp.resolve("clean"), true), output);
    }

    @Test
    void a_file_added_to_the_output_by_hand_is_gone_after_the_next_build() throws IOException {
        TestEdition edition = EditionChanges.edition(tmp);
        Path output = tmp.resolve("site");
        build(edition, output, false);
        Files.writeString(output.resolve("stray.html"), "left by hand");

        BuildResult result = build(edition, output, false);

        assertTrue(result.published());
        assertSameFiles(build(edition, tmp.resolve("clean"), true), output);
    }

    @Test
    void clean_ignores_the_cache() {
        TestEdition edition = EditionChanges.edition(tmp);
        Path output = tmp.resolve("site");
        int all = build(edition, output, false).files();

        BuildResult clean = build(edition, output, true);

        assertEquals(all, clean.files());
        assertEquals(0, clean.kept());
    }

    @Test
    void a_failed_incremental_build_leaves_the_previous_output_and_cache() {
        TestEdition edition = EditionChanges.edition(tmp);
        Path output = tmp.resolve("site");
        build(edition, output, false);
        String page = TestFiles.read(output.resolve("programmes/border-districts/index.html"));
        edition.edit("content/programmes/border-districts.yml", "status: active", "status: sideways");

        assertFalse(build(edition, output, false).published());
        assertEquals(page, TestFiles.read(output.resolve("programmes/border-districts/index.html")));

        edition.edit("content/programmes/border-districts.yml", "status: sideways", "status: active");
        BuildResult fixed = build(edition, output, false);
        assertTrue(fixed.published());
        assertSameFiles(build(edition, tmp.resolve("clean"), true), output);
    }

    private static BuildResult build(TestEdition edition, Path output, boolean clean) {
        return Tessera.build(edition.root(), output, false, clean, Progress.NONE);
    }

    /** The incremental output holds the clean build's files, no more, no fewer, each byte for byte. */
    private static void assertSameFiles(BuildResult clean, Path incremental) {
        assertTrue(clean.published(), clean.problems()::toString);
        TestFiles.assertSameTree(clean.output(), incremental);
    }
}
