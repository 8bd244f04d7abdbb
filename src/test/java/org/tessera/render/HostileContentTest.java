package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.BuildResult;
import org.tessera.TestEdition;
import org.tessera.Tessera;

/** Script written into markdown, front matter, YAML or CSV never runs on a published page. */
class HostileContentTest {

    private static final String MARKDOWN = """
            ---
            title: "<script>alert('front matter title')</script>"
            summary: "\\"><img src=x onerror=alert('summary')>"
            ---

            <script>alert('raw script')</script>

            <img src=x onerror="alert('handler')"> and <a href="javascript:alert('raw link')">raw link</a>

            [link](javascript:alert('md link')) [mixed case](JaVaScRiPt:alert('case')) <javascript:alert('autolink')>

            ![image](javascript:alert('image')) [entity](&#106;avascript:alert('entity')) [ref][r]

            <b>bold when allowed</b> <div onclick="alert('div')">div</div> <iframe src="https://evil.example"></iframe>

            [r]: javascript:alert('reference')
            """;

    @TempDir
    Path temp;

    private Path hostileEdition(boolean allowHtml) {
        TestEdition edition = TestEdition.copyOf("editions/minimal", temp.resolve("edition"))
                .file("content/pages/hostile.md", MARKDOWN)
                .edit("content/programmes/alpha.yml", "title: Alpha joint programme for families left behind",
                        "title: \"<svg onload=alert('yaml title')>\"")
                .edit("content/programmes/alpha.yml", "alt: Women farmers in a greenhouse", "alt: \"\\\" onmouseover=\\\"alert('alt')\"")
                .file("content/data/donors.csv",
                        "donor,amount,kind\n\"<img src=x onerror=alert('csv cell')>\",100,member-state\nIreland,200,member-state\n")
                .edit("content/data/indicators.csv", "# of children enrolled in school",
                        "\"<a href=javascript:alert('statement')>children</a> enrolled\"")
                .file("content/data/donors.yml", "title: \"</title><script>alert('dataset title')</script>\"\n");
        if (allowHtml) {
            edition.site("allow_html: true");
        }
        return edition.root();
    }

    @Test
    void no_payload_runs_when_raw_html_is_off() throws IOException {
        List<Document> pages = build(hostileEdition(false));

        assertNoScript(pages);
        String hostile = page(pages, "hostile/index.html").text();
        assertTrue(hostile.contains("<script>alert('raw script')</script>"), "raw HTML is shown as text");
        assertTrue(hostile.contains("<b>bold when allowed</b>"));
    }

    @Test
    void allowed_html_is_cleaned_of_scripts_and_handlers() throws IOException {
        List<Document> pages = build(hostileEdition(true));

        assertNoScript(pages);
        Document hostile = page(pages, "hostile/index.html");
        assertEquals("bold when allowed", hostile.select("main b").text());
        assertTrue(hostile.select("iframe").isEmpty());
        assertEquals("div", hostile.select("main div:containsOwn(div)").text());
    }

    @Test
    void the_search_index_holds_hostile_titles_as_strings() throws IOException {
        build(hostileEdition(false));
        String index = Files.readString(temp.resolve("site/search/index.js"));
        assertFalse(index.contains("</"), "nothing in the index can end a script");
        assertTrue(index.startsWith("window.tesseraSearch={") && index.endsWith("};\n"));
        // the one statement's value is plain JSON: every title stays a string, whatever it holds
        com.fasterxml.jackson.databind.JsonNode value = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(index.substring("window.tesseraSearch=".length(), index.length() - 2));
        List<String> titles = new ArrayList<>();
        value.get("entries").forEach(e -> titles.add(e.get(1).asText()));
        assertTrue(titles.contains("</title><script>alert('dataset title')</script>"), titles.toString());
        String more = Files.readString(temp.resolve("site/search/index-more.js"));
        assertFalse(more.contains("</"), "nor in its second file");
        assertTrue(more.startsWith("window.tesseraSearchMore=[") && more.endsWith("];\n"));
        assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(more.substring("window.tesseraSearchMore=".length(),
                more.length() - 2)).isArray());
    }

    @Test
    void texts_from_data_are_shown_as_written() throws IOException {
        List<Document> pages = build(hostileEdition(false));

        assertTrue(page(pages, "hostile/index.html").title().startsWith("<script>alert('front matter title')</script>"));
        assertTrue(page(pages, "programmes/alpha/index.html").select("h1").text().contains("<svg onload=alert('yaml title')>"));
        assertTrue(page(pages, "data/index.html").text().contains("</title><script>alert('dataset title')</script>"));
        assertTrue(page(pages, "donors/index.html").text().contains("<img src=x onerror=alert('csv cell')>"));
        assertTrue(page(pages, "programmes/alpha/index.html").text().contains("<a href=javascript:alert('statement')>children</a> enrolled"));
    }

    private List<Document> build(Path edition) throws IOException {
        Path site = temp.resolve("site");
        BuildResult result = Tessera.build(edition, site, false);
        assertTrue(result.published(), () -> result.problems().toString());
        List<Document> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                pages.add(Jsoup.parse(Files.readString(file), site.relativize(file).toString()));
            }
        }
        return pages;
    }

    private static Document page(List<Document> pages, String path) {
        return pages.stream().filter(d -> d.location().equals(path)).findFirst().orElseThrow();
    }

    /**
     * No script element but the site's own (deferred, no code of its own), no event handler, no javascript: address
     * anywhere, on any page.
     */
    private static void assertNoScript(List<Document> pages) {
        assertFalse(pages.isEmpty());
        for (Document page : pages) {
            page.select("script[defer][src$=" + org.tessera.model.SitePaths.SCRIPT + "]").stream().filter(s -> s.data().isBlank())
                    .forEach(Element::remove);
            assertTrue(page.select("script, iframe, object, embed").isEmpty(), page.location());
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                    assertFalse(name.startsWith("on"), () -> page.location() + ": " + element);
                    assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text"),
                            () -> page.location() + ": " + element);
                }
            }
        }
    }
}
