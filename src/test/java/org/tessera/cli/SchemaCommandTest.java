package org.tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {

    @TempDir
    Path tmp;

    @Test
    void schema_writes_one_json_schema_per_kind_of_yaml_into_the_output_folder() throws IOException {
        Path out = tmp.resolve("schemas");

        assertEquals(0, Main.run("schema", "--output", out.toString()));

        try (Stream<Path> files = Files.list(out)) {
            assertEquals("chart.schema.json dataset.schema.json front-matter.schema.json programme.schema.json"
                    + " site.schema.json table.schema.json tiles.schema.json", String.join(" ",
                    files.map(f -> f.getFileName().toString()).sorted().toList()));
        }
        assertTrue(Files.readString(out.resolve("programme.schema.json")).contains("\"gcm_objectives\""));
    }

    @Test
    void schema_editor_gives_an_existing_edition_the_schemas_and_the_vs_code_settings() throws IOException {
        assertEquals(0, Main.run("schema", "--editor", tmp.toString()));

        assertTrue(Files.readString(tmp.resolve(".vscode/settings.json")).contains("\"./.tessera/schemas/site.schema.json\""));
        assertTrue(Files.isRegularFile(tmp.resolve(".tessera/schemas/table.schema.json")));
    }
}
