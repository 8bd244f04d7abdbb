package org.tessera.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.model.Problem;

class YamlReaderTest {

    private final YamlReader reader = new YamlReader();
    private final List<Problem> problems = new ArrayList<>();

    @Test
    void values_remember_their_line_and_column() {
        YamlNode root = reader.read("title: A\nbudget:\n  total: 2200000\n", "p.yml", 0, problems).orElseThrow();
        YamlNode.Mapping budget = (YamlNode.Mapping) ((YamlNode.Mapping) root).get("budget").orElseThrow();
        YamlNode total = budget.get("total").orElseThrow();
        assertEquals(3, total.at().line());
        assertEquals(10, total.at().column());
        assertEquals("2200000", ((YamlNode.Scalar) total).text());
    }

    @Test
    void a_list_item_indented_too_far_is_a_warning_naming_the_merged_text() {
        reader.read("partners:\n  - Border Forces of Tajikistan\n   - Migration Services\n  - Local Authorities\n", "p.yml", 0, problems);
        assertEquals(List.of("p.yml:3:4: warning: this line starts a new list item but is indented further than the item above, "
                + "so YAML reads both as one: \"Border Forces of Tajikistan - Migration Services\"; indent the '- ' of every item "
                + "of the list equally"), problems.stream().map(Problem::format).toList());
    }

    @Test
    void a_list_item_with_a_dash_in_its_text_is_no_warning() {
        reader.read("partners:\n  - Ministry of Labour - Migration Department\n  - \"Border Forces\n    - Unit 7\"\n", "p.yml", 0, problems);
        assertEquals(List.of(), problems);
    }

    @Test
    void embedded_yaml_is_positioned_in_its_file() {
        YamlNode root = reader.read("a: 1\n", "story.md", 10, problems).orElseThrow();
        assertEquals(11, root.at().line());
    }

    @Test
    void duplicate_key_names_both_lines() {
        reader.read("title: A\ncountries: [TJ]\ntitle: B\n", "p.yml", 0, problems);
        assertEquals(1, problems.size());
        assertEquals("p.yml:3:1: error: duplicate key 'title' (first at line 1); remove one of them", problems.get(0).format());
    }

    @Test
    void tab_indentation_is_explained() {
        reader.read("budget:\n\ttotal: 5\n", "p.yml", 0, problems);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("tab"), problems.get(0).message());
        assertEquals(2, problems.get(0).position().line());
    }

    @Test
    void aliases_are_refused_not_expanded() {
        reader.read("a: &x [1, 2]\nb: *x\n", "p.yml", 0, problems);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("alias"), problems.get(0).message());
    }

    @Test
    void empty_text_reads_as_nothing_without_problem() {
        assertTrue(reader.read("", "p.yml", 0, problems).isEmpty());
        assertTrue(problems.isEmpty());
    }
}
