package org.tessera.render.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BrochureViewTest {

    @Test
    void story_ids_and_the_links_to_them_are_prefixed_with_their_section() {
        String story = "<h2 id=\"background\">Background</h2><p><a href=\"#fn-1\">1</a> <a href=\"#\">top</a> "
                + "<a href=\"https://example.org/#x\">out</a></p><div aria-labelledby=\"t-1 t-2\"><p id=\"t-1\">x</p></div>";
        assertEquals("<h2 id=\"programme-tj-background\">Background</h2><p><a href=\"#programme-tj-fn-1\">1</a> "
                + "<a href=\"#\">top</a> <a href=\"https://example.org/#x\">out</a></p>"
                + "<div aria-labelledby=\"programme-tj-t-1 programme-tj-t-2\"><p id=\"programme-tj-t-1\">x</p></div>",
                BrochureView.ownIds(story, "programme-tj"));
    }

    @Test
    void running_title_is_a_safe_css_string() {
        assertEquals("\"Fund \\\"in\\\" Action \\\\ \\3C /style>\"", BrochureView.cssString("Fund \"in\" Action \\ </style>"));
    }
}
