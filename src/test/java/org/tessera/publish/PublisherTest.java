package org.tessera.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestFiles;
import org.tessera.render.OutputFile;
import org.tessera.render.Progress;

class PublisherTest {

    @TempDir
    Path temp;

    /** An output of {@code count} files, two a folder, folders three deep as a site's are, and its files' paths. */
    private List<String> output(Path site, int count) throws IOException {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String path = (i % 3 == 0 ? "charts/c" + i / 2 + "/" : "programmes/p" + i / 2 + "/more/") + (i % 2) + ".html";
            TestFiles.write(site.resolve(path), "file " + i);
            paths.add(path);
        }
        return paths;
    }

    @Test
    void kept_files_are_published_in_their_folders_beside_the_written_ones_which_win() throws IOException {
        Path site = temp.resolve("site");
        List<String> paths = output(site, 1500);
        Path previous = Files.move(site, temp.resolve("previous"));
        Map<String, String> expected = new TreeMap<>(TestFiles.snapshot(previous));
        String rewritten = paths.get(2);
        expected.put(rewritten, TestFiles.snapshot(write(temp.resolve("x"), "written")).get("f"));
        expected.put(Publisher.MARKER, "");

        try (Publisher.Staging staging = Publisher.stage(site)) {
            staging.writeAll(List.of(new OutputFile.Written(rewritten, "written".getBytes())), Progress.NONE);
            staging.keep(previous, paths);
            staging.commit();
        }

        Map<String, String> published = new TreeMap<>(TestFiles.snapshot(site));
        published.put(Publisher.MARKER, "");
        assertEquals(expected, published);
    }

    @Test
    void keeping_a_file_the_previous_output_lost_fails_and_the_output_stays_as_it_was() throws IOException {
        Path site = temp.resolve("site");
        Publisher.publish(List.of(new OutputFile.Written("index.html", "home".getBytes())), site);
        Map<String, String> before = TestFiles.snapshot(site);
        Path previous = temp.resolve("previous");
        List<String> paths = output(previous, 600);
        Files.delete(previous.resolve(paths.get(500)));

        try (Publisher.Staging staging = Publisher.stage(site)) {
            assertThrows(NoSuchFileException.class, () -> staging.keep(previous, paths));
        }

        assertEquals(before, TestFiles.snapshot(site));
    }

    @Test
    void the_folders_of_paths_come_each_once_after_their_own() {
        assertEquals(List.of("a", "a/x", "a/x/z", "b", "b/y"),
                Publisher.foldersOf(List.of("a/x/1", "a/x/2", "a/x/z/3", "b/y/4", "top")));
    }

    private static Path write(Path folder, String text) {
        TestFiles.write(folder.resolve("f"), text);
        return folder;
    }
}
