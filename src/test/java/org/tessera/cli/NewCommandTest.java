package org.tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    void the_starter_keeps_its_donors_in_a_workbook_made_the_same_on_every_run() throws IOException {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        Main.run("new", first.toString());
        Main.run("new", second.toString());

        assertTrue(Files.isRegularFile(first.resolve("content/data/indicators.csv")));
        assertTrue(Files.notExists(first.resolve("content/data/donors.csv")));
        assertTrue(Arrays.equals(Files.readAllBytes(first.resolve("content/data/donors.xlsx")),
                Files.readAllBytes(second.resolve("content/data/donors.xlsx"))));
        assertEquals(0, Main.run("build", "--quiet", "--source", first.toString()));
        assertEquals("donor,amount,currency,kind\nGermany,6000000,USD,member-state\n",
                Files.readString(first.resolve("_site/data/donors.csv")).lines().limit(2).map(l -> l + "\n")
                        .reduce("", String::concat));
    }

    @Test
    void the_starter_maps_its_yaml_files_to_the_schemas_for_the_editor() throws IOException {
        Path edition = tmp.resolve("edited");
        Main.run("new", edition.toString());

        JsonNode schemas = new ObjectMapper().readTree(edition.resolve(".vscode/settings.json").toFile()).get("yaml.schemas");

        assertEquals("[\"site.yml\"]", schemas.get("./.tessera/schemas/site.schema.json").toString());
        assertEquals("[\"content/programmes/*.yml\"]", schemas.get("./.tessera/schemas/programme.schema.json").toString());
        assertEquals("[\"content/data/*.yml\"]", schemas.get("./.tessera/schemas/dataset.schema.json").toString());
        schemas.fieldNames().forEachRemaining(path -> assertTrue(Files.isRegularFile(edition.resolve(path)), path));
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
