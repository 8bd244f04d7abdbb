package org.tessera.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.check.Checks;
import org.tessera.model.Position;
import org.tessera.model.Problem;

class BuildCacheTest {

    @TempDir
    Path temp;

    private BuildCache cache(Path output) {
        Set<String> shared = Set.of("nav.home", "nav.programmes", "ünïcode wörd");
        Map<String, Map<String, String>> messages = new LinkedHashMap<>();
        messages.put("", Map.of("nav.home", "Home"));
        messages.put("ar", Map.of("nav.home", "الرئيسية"));
        return new BuildCache(BuildCache.thisTool(), output.toAbsolutePath().normalize().toString(), BuildCache.marker(output),
                new SourceStamps(1_795_000_000_000L, List.of("content", "site.yml"),
                        Map.of("site.yml", new SourceStamps.Stamp(120, 1_794_000_000_000L, -42L),
                                "content/programmes/tajikistan.md", new SourceStamps.Stamp(3358, 1_794_000_000_001L, Long.MIN_VALUE))),
                Map.of("index.html", 7L, "programmes/tajikistan/index.html", -8L, "search.json", Long.MAX_VALUE),
                Map.of("index.html", shared, "programmes/tajikistan/index.html", Set.copyOf(shared), "404.html", Set.of()),
                Map.of("index.html", Set.of("content/assets/cover.jpg")),
                messages, List.of("404.html", "assets/cover-640.jpg", "index.html", "programmes/tajikistan/index.html"),
                List.of("assets/cover-640.jpg"),
                List.of(Problem.warning(new Position("content/data/results.xlsx", 14, 4, "Results"), "a warning, with \"quotes\""),
                        Problem.error(Position.of("site.yml"), "an error")),
                true, 0x5eed_1e55L);
    }

    @Test
    void a_cache_written_is_read_back_as_it_was() throws IOException {
        Path output = temp.resolve("site");
        BuildCache written = cache(output);

        written.write(temp);
        BuildCache.Read read = BuildCache.read(temp, output);

        assertEquals(java.util.Optional.empty(), read.refused());
        assertEquals(written, read.cache().orElseThrow());
    }

    @Test
    void the_links_of_the_site_are_read_back_only_under_their_fingerprint_and_written_only_when_they_change() throws IOException {
        Checks.Links links = new Checks.Links(Set.of("", "programmes/tajikistan/", "données/"),
                Map.of("programmes/tajikistan/", Set.of("results", "section-results"), "", Set.of()));
        long fingerprint = BuildCache.keep(temp, links);
        Path file = temp.resolve(BuildCache.FOLDER).resolve("links.bin");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));

        assertEquals(Optional.of(links), BuildCache.links(temp, fingerprint));
        assertEquals(Optional.empty(), BuildCache.links(temp, fingerprint + 1), "another build's links");
        assertEquals(fingerprint, BuildCache.keep(temp, new Checks.Links(Set.copyOf(links.published()), Map.copyOf(links.anchors()))));
        assertEquals(1_000_000_000_000L, Files.getLastModifiedTime(file).toMillis(), "the same links are not written again");

        Checks.Links moved = new Checks.Links(links.published(), Map.of("programmes/tajikistan/", Set.of("results"), "", Set.of()));
        long other = BuildCache.keep(temp, moved);
        assertTrue(other != fingerprint);
        assertEquals(Optional.of(moved), BuildCache.links(temp, other));
        assertEquals(Optional.empty(), BuildCache.links(temp, fingerprint), "the file holds the latest links only");
    }

    @Test
    void a_cache_cut_short_is_refused_as_damaged() throws IOException {
        Path output = temp.resolve("site");
        cache(output).write(temp);
        Path file = BuildCache.file(temp, output);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 9));

        BuildCache.Read read = BuildCache.read(temp, output);

        assertTrue(read.cache().isEmpty());
        assertTrue(read.refused().orElseThrow().reason().contains("damaged"), read.refused()::toString);
    }
}
