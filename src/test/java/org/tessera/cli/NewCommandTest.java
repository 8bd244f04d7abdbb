package org.tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    @TempDir
    Path tmp;

    @Test
    void the_starter_edition_builds_without_a_warning() {
        Path edition = tmp.resolve("my-edition");

        assertEquals(0, Main.run("new", edition.toString()));

        assertEquals(0, Main.run("check", "--strict", "--source", edition.toString()));
        assertEquals(0, Main.run("build", "--strict", "--quiet", "--source", edition.toString()));
        assertTrue(Files.isRegularFile(edition.resolve("_site/programmes/border-districts/index.html")));
        assertTrue(Files.isRegularFile(edition.resolve("_site/highlights/index.html")));
        assertTrue(Files.isRegularFile(edition.resolve("_site/donors/index.html")));
        assertTrue(Files.isRegularFile(edition.resolve("assets/.gitkeep")));
    }

    @Test
    void the_starter_has_a_guide_to_its_files() throws IOException {
        Path edition = tmp.resolve("guided");
        Main.run("new", edition.toString());

        String guide = Files.readString(edition.resolve("README.md"));

        assertTrue(guide.contains("tessera serve"));
        assertTrue(guide.contains("tessera check"));
        assertTrue(guide.contains("content/data/indicators.csv"));
    }

    @Test
    void an_empty_folder_may_be_used() {
        assertEquals(0, Main.run("new", tmp.toString()));
        assertTrue(Files.isRegularFile(tmp.resolve("site.yml")));
    }

    @Test
    void a_folder_with_files_is_left_alone() throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "mine");

        assertEquals(1, Main.run("new", tmp.toString()));

        assertEquals("mine", Files.readString(tmp.resolve("notes.txt")));
        assertTrue(Files.notExists(tmp.resolve("site.yml")));
    }
}
