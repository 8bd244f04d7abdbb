package org.tessera.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.model.Edition;
import org.tessera.model.Indicator;
import org.tessera.model.Problem;

class EditionLoaderTest {

    @TempDir
    Path dir;

    private EditionLoader.Loaded load() {
        return new EditionLoader().load(dir);
    }

    private static List<String> messages(EditionLoader.Loaded loaded) {
        return loaded.problems().stream().map(Problem::format).toList();
    }

    @Test
    void minimal_edition_loads_without_problems() {
        TestEdition.minimal(dir);
        EditionLoader.Loaded loaded = load();
        assertEquals(List.of(), messages(loaded));
        Edition edition = loaded.edition();
        assertEquals("Test Fund in Action", edition.site().title());
        assertEquals("/", edition.site().basePath());
        assertEquals("en", edition.site().language());
        assertEquals(new BigDecimal("2200000"), edition.programme("tajikistan").orElseThrow().budget().orElseThrow().amount());
    }

    @Test
    void missing_required_fields_are_all_reported_at_once() {
        TestEdition.minimal(dir).file("site.yml", "title: X\n").file("content/programmes/tajikistan.yml", "title: T\n");
        List<String> messages = messages(load());
        assertTrue(messages.contains("site.yml:1:1: error: site.yml is missing the required field 'edition', e.g. edition: {label: \"1st edition\", date: 2023-09}"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("'publisher'")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("content/programmes/tajikistan.yml") && m.contains("'countries' is required")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("content/programmes/tajikistan.yml") && m.contains("'status'")), messages.toString());
    }

    @Test
    void misspelt_field_is_a_warning_with_a_suggestion() {
        TestEdition.minimal(dir).site("langauge: fr");
        List<String> messages = messages(load());
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).startsWith("site.yml:4:1: warning: unknown field 'langauge' in site.yml (did you mean 'language'?)"), messages.get(0));
    }

    @Test
    void names_outside_the_rule_are_refused() {
        TestEdition.minimal(dir).file("content/programmes/Tajikistan_2.yml", TestEdition.PROGRAMME);
        List<String> messages = messages(load());
        assertTrue(messages.contains("content/programmes/Tajikistan_2.yml: error: programme id \"Tajikistan_2\" may only use lower-case letters a-z, digits and '-' (e.g. \"tajikistan-2\"); rename the file"), messages.toString());
    }

    @Test
    void story_without_facts_file_is_an_error() {
        TestEdition.minimal(dir).file("content/programmes/chile.md", "A story\n");
        assertTrue(messages(load()).stream().anyMatch(m -> m.startsWith("content/programmes/chile.md") && m.contains("no facts file")));
    }

    @Test
    void components_are_read_with_their_positions() {
        TestEdition.minimal(dir).file("content/programmes/tajikistan.md", """
                ---
                title: Story
                ---
                ## Key achievements

                ```tiles
                - value: 6
                  label: border posts renovated
                  country: GN
                ```

                ```chart
                type: pie
                data: donors
                x: donor
                y: amount
                ```
                """);
        EditionLoader.Loaded loaded = load();
        var story = loaded.edition().programme("tajikistan").orElseThrow().story().orElseThrow();
        assertEquals(1, story.components().size());
        assertEquals(6, story.components().get(0).at().line());
        assertEquals(List.of("content/programmes/tajikistan.md:13:7: error: 'type' in the chart block must be one of bar, column, stacked, line, donut, progress, not \"pie\""),
                messages(loaded));
    }

    @Test
    void inline_values_are_found_with_line_and_column() {
        TestEdition.minimal(dir).file("content/pages/gender.md", "---\ntitle: Gender\n---\nIntro.\n\nWe reached {{< value tj-3.1a >}} people.\n");
        var page = load().edition().page("gender").orElseThrow();
        assertEquals("tj-3.1a", page.story().values().get(0).code());
        assertEquals("content/pages/gender.md:6:12", page.story().values().get(0).at().toString());
    }

    @Test
    void indicators_group_periods_and_compute_current_values() {
        TestEdition.minimal(dir).file("content/data/indicators.csv", """
                programme,code,statement,unit,period,value
                tajikistan,tj-3.1a,# of women supported,count,2021,"1,200"
                tajikistan,tj-3.1a,# of women supported,count,2022,1063
                tajikistan,tj-2.1,% of farmers trained,percent,2021,40%
                tajikistan,tj-2.1,% of farmers trained,percent,2022,94%
                """);
        EditionLoader.Loaded loaded = load();
        assertEquals(List.of(), messages(loaded));
        Indicator count = loaded.edition().indicator("tj-3.1a").orElseThrow();
        assertEquals(new BigDecimal("2263"), count.current().orElseThrow());
        assertEquals(new BigDecimal("94"), loaded.edition().indicator("tj-2.1").orElseThrow().current().orElseThrow());
    }

    @Test
    void a_link_to_a_file_outside_the_edition_is_refused() throws Exception {
        TestEdition.minimal(dir);
        Path outside = Files.createTempFile("secret", ".csv");
        Files.writeString(outside, "donor,amount\nX,1\n");
        Files.createDirectories(dir.resolve("content/data"));
        Files.createSymbolicLink(dir.resolve("content/data/donors.csv"), outside);
        EditionLoader.Loaded loaded = load();
        assertTrue(loaded.edition().datasets().isEmpty());
        assertTrue(messages(loaded).contains("content/data/donors.csv: error: this is a link to a file outside the edition; copy the file into the edition instead"),
                messages(loaded).toString());
    }

    @Test
    void base_url_may_be_an_address_or_a_path_prefix() {
        TestEdition.minimal(dir).site("base_url: https://example.org/mptf");
        assertEquals("/mptf/", load().edition().site().basePath());
        assertEquals("https://example.org/mptf/", load().edition().site().absoluteUrl().orElseThrow());
        TestEdition.minimal(dir).site("base_url: mptf/2023");
        assertEquals("/mptf/2023/", load().edition().site().basePath());
        TestEdition.minimal(dir).site("base_url: \"ftp://x y\"");
        assertTrue(messages(load()).get(0).contains("base_url must be a path"), messages(load()).toString());
    }

    @Test
    void a_misnamed_content_folder_is_a_warning() {
        TestEdition.minimal(dir).file("content/programme/chile.yml", TestEdition.PROGRAMME);
        assertEquals(List.of("content/programme: warning: content/ holds only programmes, pages, data; this folder is ignored (did you mean content/programmes?)"),
                messages(load()));
    }
}
