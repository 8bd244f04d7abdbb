package org.tessera.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tessera.TestFiles;
import org.tessera.render.OutputFile;
import org.tessera.render.Progress;

/**
 * Incremental builds bring the output one build behind (the spare) up to date in place: whatever they write, keep
 * and drop, the output must hold exactly what a fresh publish of the same files gives, and the live output is never
 * changed before the new one takes its place.
 */
class SpareTest {

    @TempDir
    Path temp;

    /** A site of programmes, each a page and a chart in folders of their own, and a home page. */
    private static Map<String, String> site(int programmes, String version) {
        Map<String, String> files = new TreeMap<>();
        files.put("index.html", "home " + version);
        for (int i = 0; i < programmes; i++) {
            files.put("programmes/p" + i + "/index.html", "programme " + i);
            files.put("programmes/p" + i + "/charts/c.svg", "chart " + i);
        }
        return files;
    }

    /**
     * Publishes {@code files} into {@code site} as an incremental build does: the files whose bytes changed (or
     * that are new) are written, the others kept from the output, and the output's files are named to the staging.
     */
    private static void build(Path site, Map<String, String> files) throws IOException {
        try (Publisher.Staging staging = stageAndWrite(site, files)) {
            staging.keep(site, unchanged(site, files));
            staging.commit();
        }
    }

    private static Publisher.Staging stageAndWrite(Path site, Map<String, String> files) throws IOException {
        Map<String, String> before = published(site);
        Publisher.Staging staging = Publisher.stage(site, Optional.of(List.copyOf(before.keySet())));
        List<OutputFile> changed = new ArrayList<>();
        files.forEach((path, text) -> {
            if (!text.equals(before.get(path))) {
                changed.add(new OutputFile.Written(path, text.getBytes(StandardCharsets.UTF_8)));
            }
        });
        staging.writeAll(changed, Progress.NONE);
        return staging;
    }

    private static List<String> unchanged(Path site, Map<String, String> files) {
        Map<String, String> before = published(site);
        return files.keySet().stream().filter(p -> files.get(p).equals(before.get(p))).toList();
    }

    /** The files of an output, as text, but its marker. */
    private static Map<String, String> published(Path site) {
        Map<String, String> files = new TreeMap<>();
        tree(site).forEach((path, text) -> {
            if (!text.equals("/") && !path.equals(Publisher.MARKER)) {
                files.put(path, text);
            }
        });
        return files;
    }

    /** Every file under {@code root} with its text and every folder (as "/"), hidden ones too. */
    private static Map<String, String> tree(Path root) {
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(root)) {
            return entries;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> !p.equals(root)).toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                entries.put(name, Files.isDirectory(p) ? "/" : Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Builds a site into {@code site} twice, the home page changed between: the output has a spare. @return its files */
    private static Map<String, String> builtTwice(Path site) throws IOException {
        Map<String, String> files = site(10, "1");
        build(site, files);
        files.put("index.html", "home 2");
        build(site, files);
        return files;
    }

    private static List<OutputFile> written(Map<String, String> files) {
        return files.entrySet().stream()
                .map(e -> (OutputFile) new OutputFile.Written(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8))).toList();
    }

    /** What a fresh publish of {@code files} gives: every file and folder. */
    private Map<String, String> fresh(Map<String, String> files) throws IOException {
        Path clean = temp.resolve("clean-" + System.nanoTime());
        Publisher.publish(written(files), clean);
        return tree(clean);
    }

    private static Object folderKey(Path folder) throws IOException {
        return Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
    }

    /** Each step of a sequence of builds: what the site holds after it. */
    private static List<Map<String, String>> steps() {
        List<Map<String, String>> steps = new ArrayList<>();
        Map<String, String> files = site(30, "1");
        steps.add(new TreeMap<>(files));
        files.put("programmes/p3/index.html", "programme 3, its story changed");
        files.put("index.html", "home 2");
        steps.add(new TreeMap<>(files));
        files.put("programmes/p4/index.html", "programme 4, changed in its turn");
        files.remove("programmes/p5/index.html");
        files.remove("programmes/p5/charts/c.svg"); // a programme gone: its folders too
        files.put("programmes/p30/index.html", "a new programme");
        steps.add(new TreeMap<>(files));
        files.remove("programmes/p6/charts/c.svg");
        files.put("programmes/p6/charts", "a file where a folder was");
        files.remove("index.html");
        files.put("index.html/index.html", "a folder where a file was");
        steps.add(new TreeMap<>(files));
        files.put("programmes/p3/index.html", "programme 3"); // back to what the spare held two builds ago
        files.put("programmes/p5/index.html", "programme 5 again");
        steps.add(new TreeMap<>(files));
        files.clear();
        files.putAll(site(3, "last")); // most of the site gone
        steps.add(new TreeMap<>(files));
        return steps;
    }

    @Test
    void every_build_of_a_sequence_publishes_exactly_what_a_fresh_publish_of_its_files_gives() throws IOException {
        Path site = temp.resolve("site");
        Publisher.publish(List.of(new OutputFile.Written("old.html", "before the sequence".getBytes())), site);
        for (Map<String, String> files : steps()) {
            build(site, files);

            assertEquals(fresh(files), tree(site), "no file, folder or manifest but the fresh publish's");
        }
    }

    @Test
    void a_file_added_to_the_output_by_hand_never_comes_back_from_the_spare() throws IOException {
        Path site = temp.resolve("site");
        Map<String, String> files = site(10, "1");
        build(site, files);
        sleep(); // by hand, later: in another tick of the file system's clock than the build's last
        write(site.resolve("programmes/p1/stray.html"), "added by hand");
        write(site.resolve("stray/index.html"), "added by hand");
        for (int i = 2; i < 6; i++) {
            String changed = "programmes/p" + i + "/index.html";
            files.put(changed, "programme " + i + ", changed");
            try (Publisher.Staging staging = Publisher.stage(site, Optional.of(List.copyOf(files.keySet())))) { // as built
                staging.writeAll(List.of(new OutputFile.Written(changed, files.get(changed).getBytes(StandardCharsets.UTF_8))), Progress.NONE);
                staging.keep(site, files.keySet().stream().filter(p -> !p.equals(changed)).toList());
                staging.commit();
            }

            assertEquals(fresh(files), tree(site), "build " + i);
        }
    }

    @Test
    void from_the_second_build_on_the_spare_becomes_the_output() throws IOException {
        Path site = temp.resolve("site");
        Path spare = temp.resolve(".tessera-spare-site");
        Map<String, String> first = site(10, "1");
        build(site, first);
        assertFalse(Files.exists(spare), "no output was replaced");

        Map<String, String> second = new TreeMap<>(first);
        second.put("index.html", "home 2");
        build(site, second);
        Object spareKey = folderKey(spare);
        Map<String, String> third = new TreeMap<>(second);
        third.put("programmes/p1/index.html", "programme 1, changed");
        build(site, third);

        assertEquals(spareKey, folderKey(site), "the spare was brought up to date and put in place");
        assertEquals(fresh(third), tree(site));
        assertEquals(published(site).size() - 1, countLinked(site, spare), "the unchanged files are shared, not copied");
    }

    /** How many files of {@code site} are the same file (a hard link) as the spare's at the same path. */
    private static long countLinked(Path site, Path spare) throws IOException {
        long linked = 0;
        for (String path : published(site).keySet()) {
            Path other = spare.resolve(path);
            if (Files.exists(other) && folderKey(site.resolve(path)).equals(folderKey(other))) {
                linked++;
            }
        }
        return linked;
    }

    @Test
    void the_live_output_is_unchanged_until_the_commit_though_the_spare_shares_its_files() throws IOException {
        Path site = temp.resolve("site");
        Map<String, String> files = builtTwice(site);
        Map<String, String> live = tree(site);
        Map<String, String> next = new TreeMap<>(files);
        next.replaceAll((path, text) -> path.startsWith("programmes/p2") ? text : text + ", rewritten");
        next.remove("programmes/p3/index.html");

        try (Publisher.Staging staging = stageAndWrite(site, next)) {
            staging.keep(site, unchanged(site, next));
            assertEquals(live, tree(site), "nothing written through a link into the live output");
            staging.commit();
        }

        assertEquals(fresh(next), tree(site));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no manifest", "a damaged manifest", "the manifest of another output", "no spare at all"})
    void a_doubtful_spare_is_not_used_and_the_output_is_still_exact(String damage) throws IOException {
        Path site = temp.resolve("site");
        Path spare = temp.resolve(".tessera-spare-site");
        Map<String, String> files = builtTwice(site);
        Map<String, Consumer<Path>> damages = new LinkedHashMap<>();
        damages.put("no manifest", s -> delete(s.resolve(Spare.MANIFEST)));
        damages.put("a damaged manifest", s -> write(s.resolve(Spare.MANIFEST), "tessera spare 1\n"));
        damages.put("the manifest of another output", s -> write(s.resolve(Spare.MANIFEST),
                text(s.resolve(Spare.MANIFEST)).replaceFirst("\n.*\n", "\n(dev=1,ino=2)@3/4\n")));
        damages.put("no spare at all", SpareTest::deleteTree);
        write(spare.resolve("programmes/p7/stray.html"), "would be published if the spare were used all the same");
        damages.get(damage).accept(spare);
        files.put("programmes/p1/index.html", "programme 1, changed");
        files.remove("programmes/p2/index.html");

        build(site, files);

        assertEquals(fresh(files), tree(site), "no stray file from the spare");
    }

    @Test
    void the_spare_of_another_output_moved_beside_this_one_is_not_used() throws IOException {
        Path site = temp.resolve("site");
        Path other = temp.resolve("elsewhere");
        Map<String, String> files = site(10, "1");
        for (int i = 0; i < 2; i++) {
            files.put("index.html", "home " + i);
            build(site, files);
            build(other, files);
        }
        deleteTree(temp.resolve(".tessera-spare-site"));
        Files.move(temp.resolve(".tessera-spare-elsewhere"), temp.resolve(".tessera-spare-site"));
        write(temp.resolve(".tessera-spare-site/programmes/p7/stray.html"), "would be published if the spare were used");
        files.put("programmes/p1/index.html", "programme 1, changed");

        build(site, files);

        assertEquals(fresh(files), tree(site));
    }

    @Test
    void after_a_clean_publish_replaced_the_output_the_next_build_brings_its_spare_up_to_date() throws IOException {
        Path site = temp.resolve("site");
        Map<String, String> files = site(10, "1");
        build(site, files);
        files.put("index.html", "home 2");
        files.remove("programmes/p2/charts/c.svg");
        Publisher.publish(written(files), site); // a clean build: the files it replaced are not known
        Object spareKey = folderKey(temp.resolve(".tessera-spare-site"));
        files.put("programmes/p1/index.html", "programme 1, changed");
        files.put("programmes/p2/charts/c.svg", "chart 2 again");

        build(site, files);

        assertEquals(fresh(files), tree(site));
        assertEquals(spareKey, folderKey(site));
    }

    @Test
    void a_build_failing_before_its_commit_leaves_the_output_as_it_was_and_the_next_build_exact() throws IOException {
        Path site = temp.resolve("site");
        Map<String, String> files = builtTwice(site);
        Map<String, String> before = tree(site);

        try (Publisher.Staging staging = stageAndWrite(site, site(10, "3"))) {
            staging.submit(new OutputFile.Copied("programmes/p1/photo.jpg", temp.resolve("vanished.jpg")));
            assertThrows(IOException.class, () -> staging.keep(site, unchanged(site, files)));
        }

        assertEquals(before, tree(site));
        files.put("programmes/p1/index.html", "programme 1, changed");
        build(site, files);
        assertEquals(fresh(files), tree(site));
    }

    @Test
    void two_outputs_in_one_folder_keep_spares_of_their_own() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        Map<String, String> one = site(5, "a");
        Map<String, String> two = site(7, "b");
        for (int round = 0; round < 4; round++) {
            one.put("programmes/p" + round + "/index.html", "a, round " + round);
            two.put("programmes/p" + (6 - round) + "/index.html", "b, round " + round);
            two.remove("programmes/p" + round + "/charts/c.svg");
            build(a, one);
            build(b, two);

            assertEquals(fresh(one), tree(a));
            assertEquals(fresh(two), tree(b));
        }
        assertTrue(Files.isDirectory(temp.resolve(".tessera-spare-a")));
        assertTrue(Files.isDirectory(temp.resolve(".tessera-spare-b")));
    }

    @Test
    void of_two_builds_into_one_output_at_once_only_one_takes_the_spare_and_the_last_commit_is_exact() throws IOException {
        Path site = temp.resolve("site");
        Map<String, String> files = builtTwice(site);
        Map<String, String> first = new TreeMap<>(files);
        first.put("programmes/p1/index.html", "first");
        Map<String, String> second = new TreeMap<>(files);
        second.put("programmes/p2/index.html", "second");

        try (Publisher.Staging one = stageAndWrite(site, first); Publisher.Staging two = stageAndWrite(site, second)) {
            one.keep(site, unchanged(site, first));
            two.keep(site, unchanged(site, second));
            one.commit();
            two.commit();
        }

        assertEquals(fresh(second), tree(site));
        second.put("index.html", "home 3");
        build(site, second);
        assertEquals(fresh(second), tree(site));
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path folder) {
        try {
            Publisher.deleteTree(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        TestFiles.write(file, text);
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
