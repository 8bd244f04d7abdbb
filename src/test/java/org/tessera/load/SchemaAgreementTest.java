package org.tessera.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.model.Problem;

/** The JSON Schemas agree with the files Tessera ships and with the loader on what they accept. */
class SchemaAgreementTest {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\n(.*?)\\n---\\n", Pattern.DOTALL);
    private static final Pattern BLOCK = Pattern.compile("(?m)^```(tiles|chart|table)[ \\t]*\\n(.*?)^```", Pattern.DOTALL);

    private final Map<String, Schema> schemas = schemas();

    @TempDir
    Path temp;

    private static Map<String, Schema> schemas() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        Map<String, Schema> schemas = new LinkedHashMap<>();
        for (Shapes.Schema schema : Shapes.all()) {
            schemas.put(schema.name(), registry.getSchema(JsonSchemas.all().get(JsonSchemas.fileName(schema.name()))));
        }
        return schemas;
    }

    private List<String> schemaErrors(String kind, String yaml) {
        try {
            JsonNode node = new YAMLMapper().readTree(yaml);
            return schemas.get(kind).validate(node).stream().map(Error::toString).toList();
        } catch (IOException e) {
            return List.of("not YAML: " + e.getMessage());
        }
    }

    /** Each YAML text of an edition with the schema that describes it: files by their globs, markdown's front matter and blocks. */
    private static Map<String, String> yamlOf(Path edition) throws IOException {
        Map<String, String> found = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(edition)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = edition.relativize(file);
                if (!relative.toString().endsWith(".yml") && !relative.toString().endsWith(".md")) {
                    continue;
                }
                String text = Files.readString(file).replace("\r\n", "\n");
                for (Shapes.Schema schema : Shapes.all()) {
                    if (schema.files().stream().anyMatch(g -> FileSystems.getDefault().getPathMatcher("glob:" + g).matches(relative))) {
                        found.put(relative + " as " + schema.name(), text);
                    }
                }
                if (relative.toString().endsWith(".md") && relative.startsWith("content")) {
                    Matcher front = FRONT_MATTER.matcher(text);
                    if (front.find()) {
                        found.put(relative + " as front-matter", front.group(1));
                    }
                    Matcher block = BLOCK.matcher(text);
                    for (int n = 1; block.find(); n++) {
                        found.put(relative + " block " + n + " as " + block.group(1), block.group(2));
                    }
                }
            }
        }
        return found;
    }

    private void assertAllValid(Path edition) throws IOException {
        Map<String, String> yaml = yamlOf(edition);
        List<String> invalid = new ArrayList<>();
        yaml.forEach((what, text) -> schemaErrors(what.substring(what.lastIndexOf(" as ") + 4), text)
                .forEach(e -> invalid.add(what + ": " + e)));
        assertEquals(List.of(), invalid);
        assertTrue(yaml.keySet().stream().anyMatch(k -> k.endsWith(" as site")) && yaml.keySet().stream().anyMatch(k -> k.endsWith(" as chart")),
                yaml.keySet()::toString);
    }

    @Test
    void every_yaml_file_front_matter_and_block_of_the_example_edition_is_valid_against_its_schema() throws IOException {
        assertAllValid(Path.of("").toAbsolutePath()); // the repository root is the example edition
    }

    @Test
    void every_yaml_file_front_matter_and_block_of_the_starter_edition_is_valid_against_its_schema() throws IOException {
        assertAllValid(TestEdition.starterAsShipped(temp).root());
    }

    /** One sample: a file or block of a kind, and whether Tessera accepts it. */
    private record Sample(String kind, String yaml, boolean accepted) {
    }

    private static Sample good(String kind, String yaml) {
        return new Sample(kind, yaml, true);
    }

    private static Sample bad(String kind, String yaml) {
        return new Sample(kind, yaml, false);
    }

    private static final String SITE = "title: T\nedition: {label: One, date: 2023-09}\npublisher: P\n";

    private static final List<Sample> SAMPLES = List.of(
            good("site", SITE),
            good("site", SITE + "language: fr\ntarget: {amount: \"150,000,000\", by: 2026}\nthematic_areas: {1: Discourse, 2: Protection}\n"
                    + "theme: {colours: {primary: \"#8A1538\", accent: \"#005a8c\"}}\ncontact: {email: a@b.org, websites: https://b.org}\n"
                    + "headlines:\n  - figure: programmes\n  - value: 6\n    label: posts\nbrochures:\n"
                    + "  - {id: overview, paper: letter, contents: [cover, programme:tajikistan, back-cover]}\nallow_html: no\n"),
            bad("site", SITE + "titel: T\n"),
            bad("site", "title: T\nedition: {label: One, date: 2023-09}\n"),
            bad("site", SITE.replace("title: T", "title: [T, U]")),
            bad("site", SITE.replace("2023-09", "2023/09")),
            bad("site", SITE + "brochures:\n  - {id: b, paper: A5, contents: [cover]}\n"),
            bad("site", SITE + "brochures:\n  - {id: b, contents: [front-cover]}\n"),
            bad("site", SITE + "headlines:\n  - figure: revenue\n"),
            bad("site", SITE + "theme: {colours: {primary: maroon}}\n"),
            bad("site", SITE + "thematic_areas: {one: Discourse}\n"),
            good("programme", TestEdition.PROGRAMME + "short_title: Families\nthematic_area: 3\ngcm_objectives: [1, 23]\n"
                    + "sdg_targets: [\"10.7\", \"5.a\"]\npartners: [A local NGO]\nperiod: {start: 2020, end: 2022-10}\n"
                    + "markers: {gender: b, human_rights: A}\nstatus_note_free_text_is_not_a_field: no\n".replace(
                    "status_note_free_text_is_not_a_field: no\n", "")),
            bad("programme", TestEdition.PROGRAMME.replace("active", "paused")),
            bad("programme", TestEdition.PROGRAMME.replace("status: active\n", "")),
            bad("programme", TestEdition.PROGRAMME + "thematic_area: five\n"),
            bad("programme", TestEdition.PROGRAMME + "thematic_area: 7\n"),
            bad("programme", TestEdition.PROGRAMME + "gcm_objectives: [24]\n"),
            bad("programme", TestEdition.PROGRAMME + "sdg_targets: [\"10.70\"]\n"),
            bad("programme", TestEdition.PROGRAMME + "markers: {gender: E}\n"),
            bad("programme", TestEdition.PROGRAMME + "budjet: {total: 5}\n"),
            bad("programme", TestEdition.PROGRAMME.replace("countries: [TJ]", "countries: {TJ: Tajikistan}")),
            bad("programme", TestEdition.PROGRAMME + "human_rights_assessment:\n  - {element: Participation, answer: maybe}\n"),
            good("dataset", "title: Districts\nsource: {publisher: Fund, as_of: \"2024-01\"}\nnotes: Provisional.\n"
                    + "columns:\n  women: {type: integer, label: Women}\n"),
            bad("dataset", "columns:\n  women: {type: count}\n"),
            bad("dataset", "titel: Districts\n"),
            bad("dataset", "totals: [Total]\n"),
            bad("dataset", "source: {as_of: last year}\n"),
            good("front-matter", "title: Highlights\norder: 2\nsummary: What the fund did\n"),
            bad("front-matter", "title: Highlights\norder: soon\n"),
            bad("front-matter", "tilte: Highlights\n"),
            bad("front-matter", "title: Highlights\nhero: {alt: A field}\n"),
            good("tiles", "- value: 6\n  label: border posts\n  format: compact\n"),
            bad("tiles", "- value: 6\n"),
            bad("tiles", "- value: 6\n  label: posts\n  figure: budget\n"),
            bad("tiles", "- value: 6\n  label: posts\n  format: short\n"),
            bad("tiles", "value: 6\nlabel: posts\n"),
            good("chart", "type: Bar\ndata: districts\nx: district\ny: [women]\nsort: {by: women, order: asc}\ntop: 1\nwhere: {district: [Khatlon, Sughd]}\n"),
            good("chart", "type: donut\ndata: districts\nx: district\ny: women\nsort: desc\n"),
            bad("chart", "type: pie\ndata: districts\nx: district\ny: women\n"),
            bad("chart", "type: bar\ndata: districts\ny: women\n"),
            bad("chart", "type: bar\ndata: districts\nx: district\ny: women\ntop: many\n"),
            bad("chart", "type: bar\ndata: districts\nx: district\ny: women\ncolour: red\n"),
            bad("chart", "type: bar\ndata: districts\nx: district\ny: women\nsort: largest\n"),
            good("table", "data: districts\ncolumns: [district, women]\nsort: women\ntotal: true\nnote: Provisional.\n"),
            bad("table", "data: districts\ntotal: maybe\n"),
            bad("table", "data: districts\nsort: {order: desc}\n"),
            bad("table", "data: districts\nwhere: [Khatlon]\n"),
            bad("table", "columns: [district]\n"));

    /** The sample in an otherwise valid edition; what check reports in the sample's own file (warnings count). */
    private List<String> loaderProblems(Sample sample, Path folder) {
        TestEdition edition = TestEdition.minimal(folder)
                .file("content/data/districts.csv", "district,women\nKhatlon,120\nSughd,80\n");
        String file = switch (sample.kind()) {
            case "site" -> "site.yml";
            case "programme" -> "content/programmes/tajikistan.yml";
            case "dataset" -> "content/data/districts.yml";
            default -> "content/pages/sample.md";
        };
        String text = switch (sample.kind()) {
            case "site", "programme", "dataset" -> sample.yaml();
            case "front-matter" -> "---\n" + sample.yaml() + "---\n\nText.\n";
            default -> "---\ntitle: Sample\n---\n\n```" + sample.kind() + "\n" + sample.yaml() + "```\n";
        };
        edition.file(file, text);
        return edition.check().problems().stream().filter(p -> p.position().file().equals(file)).map(Problem::format).toList();
    }

    @Test
    void the_loader_and_the_schemas_accept_and_reject_the_same_samples() {
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < SAMPLES.size(); i++) {
            Sample sample = SAMPLES.get(i);
            List<String> loader = loaderProblems(sample, temp.resolve("sample-" + i));
            List<String> schema = schemaErrors(sample.kind(), sample.yaml());
            if (loader.isEmpty() != sample.accepted() || schema.isEmpty() != sample.accepted()) {
                disagreements.add(sample.kind() + " sample " + i + " should be " + (sample.accepted() ? "accepted" : "rejected")
                        + ":\n" + sample.yaml() + "loader: " + loader + "\nschema: " + schema);
            }
        }
        assertEquals("", String.join("\n\n", disagreements));
    }

    @Test
    void every_schema_is_draft_07_json_naming_its_fields_with_their_descriptions() throws IOException {
        JsonNode site = new ObjectMapper().readTree(JsonSchemas.all().get("site.schema.json"));

        assertEquals("http://json-schema.org/draft-07/schema#", site.get("$schema").asText());
        assertEquals("publication title, e.g. Migration MPTF in Action", site.at("/properties/title/description").asText());
        assertEquals("[\"title\",\"edition\",\"publisher\"]", site.get("required").toString());
        assertEquals(List.of("site.schema.json", "programme.schema.json", "dataset.schema.json", "front-matter.schema.json",
                "tiles.schema.json", "chart.schema.json", "table.schema.json"), List.copyOf(JsonSchemas.all().keySet()));
    }
}
