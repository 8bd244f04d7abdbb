package org.tessera.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.StressEdition;
import org.tessera.TestFiles;
import org.tessera.cache.BuildCache;
import org.tessera.cache.Fingerprints;
import org.tessera.model.Programme;

/** What a build keeps of each parsed file reads back as the very model a parse makes, and only while the file is unchanged. */
class ParseCacheTest {

    @TempDir
    Path folder;

    @Test
    void the_example_edition_read_back_from_the_cache_is_the_edition_parsed() throws IOException {
        Path edition = folder.resolve("example");
        for (String part : List.of("site.yml", "content", "assets", "templates", "archive")) {
            Path from = Path.of("").toAbsolutePath().resolve(part);
            if (Files.isDirectory(from)) {
                TestFiles.copyTree(from, edition.resolve(part));
            } else if (Files.exists(from)) {
                Files.createDirectories(edition);
                Files.copy(from, edition.resolve(part));
            }
        }
        assertReadsBackAsParsed(edition);
    }

    @Test
    void the_arabic_stress_edition_in_two_languages_reads_back_as_parsed() throws IOException {
        Path edition = folder.resolve("stress");
        StressEdition.write(edition, "ar");
        assertReadsBackAsParsed(edition);
    }

    @Test
    void a_story_changed_since_is_parsed_again() throws IOException {
        Path edition = folder.resolve("stress");
        String id = builtThenStoryChanged(edition);

        EditionLoader.Loaded again = load(ParseCache.stored(edition), edition, false);

        String body = again.edition().programme(id).flatMap(Programme::story).orElseThrow().body().text();
        assertTrue(body.endsWith("A sentence written after the last build.\n"), body);
        assertTrue(again.edition().programme(id).flatMap(Programme::story).orElseThrow().document().getChars().toString()
                .contains("A sentence written after the last build."));
    }

    @Test
    void a_damaged_cache_is_parsed_again_to_the_same_edition() throws IOException {
        Path edition = folder.resolve("stress");
        StressEdition.write(edition);
        EditionLoader.Loaded parsed = load(ParseCache.fresh(edition), edition, true);
        Path file = edition.resolve(BuildCache.FOLDER).resolve("parsed.txt");
        List<String> lines = Files.readAllLines(file);
        StringBuilder damaged = new StringBuilder(lines.get(0)).append('\n'); // every line cut short, as by a full disk
        lines.stream().skip(1).forEach(line -> damaged.append(line, 0, line.length() * 2 / 3).append('\n'));
        Files.writeString(file, damaged);

        EditionLoader.Loaded again = load(ParseCache.stored(edition), edition, false);

        assertEquals(parsed.edition(), again.edition());
        assertEquals(parsed.problems(), again.problems());
    }

    @Test
    void a_part_loaded_as_it_is_and_as_built_shares_what_it_read_alike() throws IOException {
        Path edition = folder.resolve("stress");
        String id = builtThenStoryChanged(edition);

        ParseCache part = ParseCache.stored(edition, EditionLoader.Scope.cacheKeys(Set.of(id)));
        ParseCache asBuilt = part.alongside();
        EditionLoader.Loaded now = new EditionLoader(part).load(edition, new EditionLoader.Scope(Set.of(id), Map.of()));
        EditionLoader.Loaded before = new EditionLoader(asBuilt).load(edition, EditionLoader.Scope.asBuilt(part, Set.of(id)).orElseThrow());

        assertFalse(now.edition().datasets().isEmpty());
        now.edition().datasets().forEach((name, data) -> assertSame(data, before.edition().datasets().get(name), name + " read once"));
        Programme changed = now.edition().programme(id).orElseThrow();
        Programme was = before.edition().programme(id).orElseThrow();
        assertTrue(changed.story().orElseThrow().body().text().endsWith("A sentence written after the last build.\n"));
        assertFalse(was.story().orElseThrow().body().text().contains("A sentence written after the last build."));
    }

    /** Writes the stress edition at {@code edition}, loads it into its cache, then adds a sentence to its first story: that programme's id. */
    private static String builtThenStoryChanged(Path edition) throws IOException {
        StressEdition.write(edition);
        load(ParseCache.fresh(edition), edition, true);
        Path story = Files.list(edition.resolve("content/programmes")).filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        Files.writeString(story, Files.readString(story) + "\nA sentence written after the last build.\n");
        return story.getFileName().toString().replace(".md", "");
    }

    private void assertReadsBackAsParsed(Path edition) throws IOException {
        EditionLoader.Loaded parsed = load(ParseCache.fresh(edition), edition, true);
        EditionLoader.Loaded read = load(ParseCache.stored(edition), edition, false);
        assertEquals(parsed.problems(), read.problems());
        assertEquals(parsed.edition().programmes(), read.edition().programmes());
        assertEquals(parsed.edition(), read.edition());
        assertEquals(parsed.translations(), read.translations());
        assertEquals(new Fingerprints().of(parsed.edition()), new Fingerprints().of(read.edition()),
                "the model read back has the fingerprint of the model parsed, so a build after it makes nothing again");
        assertEquals(new Fingerprints().of(parsed.translations()), new Fingerprints().of(read.translations()));
        assertNotEquals(0, parsed.edition().programmes().size());
    }

    private static EditionLoader.Loaded load(ParseCache cache, Path edition, boolean save) throws IOException {
        EditionLoader.Loaded loaded = new EditionLoader(cache).load(edition);
        if (save) {
            cache.save();
        }
        return loaded;
    }
}
