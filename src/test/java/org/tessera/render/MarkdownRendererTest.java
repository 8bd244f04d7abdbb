package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tessera.model.MarkdownBody;
import org.tessera.model.Story;

class MarkdownRendererTest {

    private static String render(String markdown, boolean allowHtml) {
        return render(story(markdown), allowHtml);
    }

    private static Story story(String markdown) {
        return new Story("x.md", Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                Optional.empty(), MarkdownBody.of(markdown), 0, List.of(), List.of(), Set.of(), "en");
    }

    private static String render(Story story, boolean allowHtml) {
        return new MarkdownRenderer(allowHtml).render(story, line -> "<div class=\"component\">line " + line + "</div>",
                code -> "<b>" + code + "</b>", "../../", "../../");
    }

    @Test
    void raw_html_is_shown_as_text_by_default() {
        String html = render("Hello <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<div onclick=\"x()\">block</div>\n", false);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<div onclick"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void javascript_links_never_pass() {
        assertFalse(render("[click](javascript:alert(1)) [x](JavaScript:alert(2))", false).toLowerCase().contains("javascript:"));
        assertFalse(render("<a href=\"javascript:alert(1)\">x</a> [y](javascript:alert(2))", true).toLowerCase().contains("javascript:"));
    }

    @Test
    void allowed_html_is_kept_but_cleaned_of_handlers() {
        String html = render("<aside class=\"note\" onmouseover=\"steal()\">Aside</aside>\n", true);
        assertTrue(html.contains("<aside class=\"note\">Aside</aside>"), html);
        assertFalse(html.contains("onmouseover"), html);
    }

    @Test
    void headings_get_ids_and_tables_align_with_classes() {
        String html = render("## Key achievements\n\n| Donor | Amount |\n|---|--:|\n| Sweden | 5 |\n", false);
        assertTrue(html.contains("<h2 id=\"key-achievements\">Key achievements</h2>"), html);
        assertTrue(html.contains("class=\"align-right\""), html);
        assertFalse(html.contains("align=\""), html);
    }

    @Test
    void footnotes_render() {
        String html = render("Figure[^1].\n\n[^1]: From the 2020 report.\n", false);
        assertTrue(html.contains("From the 2020 report."), html);
        assertTrue(html.contains("footnote"), html);
    }

    @Test
    void one_story_rendered_on_several_threads_at_once_renders_the_same() throws Exception {
        // A story on its page and in a brochure is rendered by two threads; flexmark keeps footnote state in it.
        StringBuilder markdown = new StringBuilder("## Results\n\n");
        for (int i = 1; i <= 40; i++) {
            markdown.append("Figure ").append(i).append("[^").append(i).append("].\n\n");
        }
        for (int i = 1; i <= 40; i++) {
            markdown.append("[^").append(i).append("]: Source ").append(i).append(".\n");
        }
        Story story = story(markdown.toString());
        String expected = render(story, false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                results.add(pool.submit(() -> render(story, false)));
            }
            for (Future<String> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void component_blocks_are_replaced_and_other_code_stays_code() {
        String html = render("Intro\n\n```tiles\n- value: 6\n  label: posts\n```\n\n```yaml\na: 1\n```\n", false);
        assertTrue(html.contains("<div class=\"component\">line 3</div>"), html);
        assertTrue(html.contains("<code class=\"language-yaml\">a: 1"), html);
        assertFalse(html.contains("label: posts"), html);
    }

    @Test
    void inline_values_and_site_links_are_resolved() {
        String html = render("Reached {{< value tj-3.1a >}} people. See [donors](/donors/) and ![map](assets/map.png).", false);
        assertTrue(html.contains("Reached <b>tj-3.1a</b> people."), html);
        assertTrue(html.contains("href=\"../../donors/\""), html);
        assertTrue(html.contains("src=\"../../assets/map.png\""), html);
        assertTrue(html.contains("loading=\"lazy\""), html);
    }
}
