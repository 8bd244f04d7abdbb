package org.tessera.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tessera.model.Problem;

class YamlReaderLimitsTest {

    private final List<Problem> problems = new ArrayList<>();

    private Optional<YamlNode> read(String text) {
        return new YamlReader().read(text, "content/data/x.yml", 0, problems);
    }

    /** Nine levels of nine aliases: expanded, a billion strings. */
    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char name = 'b'; name <= 'i'; name++) {
            yaml.append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = name;
        }
        return yaml.toString();
    }

    @Test
    void a_billion_laughs_document_is_refused_at_its_first_alias() {
        Runtime runtime = Runtime.getRuntime();
        runtime.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();

        Optional<YamlNode> root = read(billionLaughs());

        long grown = runtime.totalMemory() - runtime.freeMemory() - before;
        assertTrue(root.isEmpty());
        assertEquals("content/data/x.yml:2:8: error: YAML aliases (*a) are not supported; write the value out in full",
                problems.get(0).format());
        assertTrue(grown < 64L * 1024 * 1024, "reading it must not expand it; memory grew by " + grown + " bytes");
    }

    @Test
    void a_scalar_alias_is_refused_too() {
        read("title: &t Fund\nshort_title: *t\n");
        assertEquals("content/data/x.yml:2:14: error: YAML aliases (*t) are not supported; write the value out in full",
                problems.get(0).format());
    }

    @Test
    void a_duplicate_key_names_both_lines() {
        read("title: A\nstatus: active\ntitle: B\n");
        assertEquals("content/data/x.yml:3:1: error: duplicate key 'title' (first at line 1); remove one of them", problems.get(0).format());
    }

    @Test
    void a_tab_indent_is_explained() {
        read("budget:\n\ttotal: 5\n");
        assertTrue(problems.get(0).format().startsWith("content/data/x.yml:2:1:"), problems.get(0).format());
        assertTrue(problems.get(0).message().contains("a tab character is used for indentation"));
    }

    @Test
    void deep_nesting_is_refused_without_exhausting_the_stack() {
        read("a: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("nested"), problems.get(0).message());
    }
}
