package org.tessera;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.model.Problem;

/** Loading, rendering and writing run on all cores; the output must still be the same bytes every time. */
class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void example_edition_builds_to_the_same_bytes_twice() throws IOException {
        Path edition = Path.of("").toAbsolutePath();
        assertSameBuilds(edition);
    }

    @Test
    void an_edition_of_many_programmes_builds_to_the_same_bytes_twice() throws IOException {
        assertSameBuilds(manyProgrammes(dir.resolve("edition"), 300));
    }

    @Test
    void problems_are_reported_in_file_order_when_files_load_in_parallel() {
        TestEdition edition = TestEdition.minimal(dir.resolve("broken"));
        for (int i = 1; i <= 60; i++) {
            edition.file(String.format(Locale.ROOT, "content/programmes/p-%02d.yml", i), "title: Programme " + i + "\n");
        }
        List<String> first = Tessera.check(edition.root()).problems().stream().map(Problem::format).toList();
        List<String> second = Tessera.check(edition.root()).problems().stream().map(Problem::format).toList();

        assertEquals(first, second);
        List<String> files = first.stream().map(p -> p.substring(0, p.indexOf(':'))).distinct().toList();
        assertEquals(60, files.size(), first.toString());
        assertEquals(files.stream().sorted().toList(), files);
    }

    private void assertSameBuilds(Path edition) throws IOException {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        BuildResult first = Tessera.build(edition, one, false);
        BuildResult second = Tessera.build(edition, two, false);
        assertTrue(first.published(), first.problems().toString());
        assertTrue(second.published(), second.problems().toString());

        List<String> files = files(one);
        assertEquals(files, files(two));
        assertTrue(files.size() > 10, files.toString());
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file + " differs");
        }
        assertEquals(first.problems(), second.problems());
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    /** Programmes with stories, components and indicators, enough for every core to get work. */
    private static Path manyProgrammes(Path root, int count) {
        TestEdition edition = TestEdition.minimal(root);
        StringBuilder indicators = new StringBuilder("programme,code,statement,unit,period,value\n");
        for (int i = 1; i <= count; i++) {
            String id = String.format(Locale.ROOT, "p-%03d", i);
            edition.file("content/programmes/" + id + ".yml", "title: Programme " + i + "\ncountries: [TJ]\nstatus: "
                    + (i % 3 == 0 ? "pipeline" : "active") + "\n");
            edition.file("content/programmes/" + id + ".md", "---\norder: " + (count - i) + "\n---\n\n## Background\n\n"
                    + "Programme " + i + " reached {{< value " + id + "-1 >}} people.\n\n```tiles\n- indicator: " + id
                    + "-1\n- value: " + i + "\n  label: schools\n```\n\n| a | b |\n|---|--:|\n| x | " + i + " |\n");
            indicators.append(id).append(',').append(id).append("-1,# of people reached,count,2023,").append(i * 7).append('\n');
        }
        edition.file("content/data/indicators.csv", indicators.toString());
        return root;
    }
}
