package org.tessera.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.model.Problem;

/** The figures typed by hand next to indicators (al-1 is 200 women farmers trained, al-2 45 children, al-3 64%). */
class FigureChecksTest {

    @TempDir
    Path temp;
    private int editions;

    private List<String> problems(String story) {
        TestEdition edition = TestEdition.copyOf("editions/minimal", temp.resolve("edition-" + ++editions))
                .file("content/programmes/alpha.md", story);
        return edition.check().problems().stream().map(Problem::format).toList();
    }

    private static String tiles(String... lines) {
        return "```tiles\n" + String.join("\n", lines) + "\n```\n";
    }

    @Test
    void literal_tile_repeating_a_statement_with_another_value_is_a_warning() {
        assertEquals(List.of("content/programmes/alpha.md:2:3: warning: this tile shows 210 for \"women farmers trained in water management\", "
                        + "but indicator al-1 (\"# of women farmers trained in water management\") is 200: stated 210, computed 200 (difference 10); "
                        + "write 'indicator: al-1' instead of the value, or correct the figure"),
                problems(tiles("- value: 210", "  label: women farmers trained in water management")));
    }

    @Test
    void literal_tile_with_the_indicator_value_is_accepted() {
        assertEquals(List.of(), problems(tiles("- value: \"200\"", "  label: women farmers trained in water management",
                "- value: 64%", "  label: trained farmers reporting higher yields")));
    }

    @Test
    void literal_percent_tile_is_compared_with_percent_indicators() {
        List<String> found = problems(tiles("- value: 70%", "  label: trained farmers who report higher yields"));
        assertEquals(1, found.size());
        assertEquals(true, found.get(0).contains("indicator al-3"), found.get(0));
    }

    @Test
    void literal_tile_about_something_else_is_not_compared() {
        assertEquals(List.of(), problems(tiles("- value: 12", "  label: greenhouses built for women farmers",
                "- value: 3", "  label: water management committees")));
    }

    @Test
    void figure_in_prose_contradicting_the_inline_value_beside_it_is_a_warning() {
        assertEquals(List.of("content/programmes/alpha.md:1:45: warning: the text says 54 children enrolled in school, "
                        + "but indicator al-2 (\"# of children enrolled in school\") is 45: stated 54, computed 45 (difference 9); "
                        + "write {{< value al-2 >}} instead, or correct the figure"),
                problems("So far {{< value al-2 >}} children; in all, 54 children enrolled in school.\n"));
    }

    @Test
    void figure_in_prose_after_a_tiles_block_is_compared_with_its_tiles() {
        List<String> found = problems(tiles("- indicator: al-1") + "\nIn total 250 women farmers were trained in water management.\n");
        assertEquals(1, found.size());
        assertEquals(true, found.get(0).startsWith("content/programmes/alpha.md:5:10: warning: the text says 250 women farmers"), found.get(0));
    }

    @Test
    void qualified_figures_agree_within_their_bound() {
        assertEquals(List.of(), problems("{{< value al-2 >}}: over 40 children enrolled in school, almost 50 children enrolled in school, "
                + "about 47 children enrolled in school.\n"));
        assertEquals(1, problems("{{< value al-2 >}}: over 50 children enrolled in school.\n").size());
    }

    @Test
    void parts_adding_up_to_the_value_agree() {
        assertEquals(List.of(), problems(tiles("- indicator: al-1")
                + "\n120 women farmers trained in water management in the first year and 80 women farmers trained in water management after.\n"));
    }

    @Test
    void years_and_figures_far_from_any_indicator_are_not_compared() {
        assertEquals(List.of(), problems("In 2023 children enrolled in school: 2023 children enrolled in school.\n\n"
                + "{{< value al-2 >}} children enrolled in school, then 2023 children enrolled in school again, and 12 greenhouses were built.\n"));
    }
}
