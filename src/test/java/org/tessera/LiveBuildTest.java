package org.tessera;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.render.OutputFile;

class LiveBuildTest {

    @TempDir
    Path tmp;

    @Test
    void story_edit_rerenders_its_page_and_the_brochure_holding_it() throws IOException {
        TestEdition edition = TestEdition.starter(tmp);
        LiveBuild live = new LiveBuild(edition.root());
        assertTrue(live.build().good());
        edition.edit("content/programmes/border-districts.md", "## Background", "## Background\n\nA new sentence.");

        LiveBuild.Outcome outcome = live.rebuild(Set.of("content/programmes/border-districts.md"));

        assertTrue(outcome.good());
        assertFalse(outcome.full());
        // its page alone: the listings show the summary, which did not change, and the brochure that holds it is made
        // when asked for
        assertEquals(1, outcome.rendered());
        assertTrue(html(live, "programmes/border-districts/index.html").contains("A new sentence."));
        // the brochure's print page and PDF, the slowest files to make, are made when first asked for
        assertTrue(html(live, "brochures/in-action/index.html").contains("A new sentence."));
        byte[] pdf = ((OutputFile.Written) live.file("brochures/in-action.pdf").orElseThrow()).bytes();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(document).contains("A new sentence."));
        }
    }

    @Test
    void partial_rebuilds_give_the_same_site_as_a_full_build() throws IOException {
        TestEdition edition = TestEdition.starter(tmp);
        LiveBuild live = new LiveBuild(edition.root());
        live.build();
        edition.edit("content/programmes/border-districts.md", "summary: \"The Joint", "summary: \"Now the Joint");
        live.rebuild(Set.of("content/programmes/border-districts.md"));
        edition.edit("content/programmes/border-districts.md", "## Background", "## Context");
        live.rebuild(Set.of("content/programmes/border-districts.md"));
        edition.edit("content/programmes/border-districts.yml", "status: active", "status: closed");
        live.rebuild(Set.of("content/programmes/border-districts.yml"));
        edition.edit("content/data/indicators.csv", "2025,640", "2025,700");
        live.rebuild(Set.of("content/data/indicators.csv"));
        edition.edit("content/data/donors.csv", "Norway,4500000", "Norway,5500000");
        live.rebuild(Set.of("content/data/donors.csv"));
        edition.edit("content/pages/highlights.md", "This page is free text", "This page is plain text");
        assertFalse(live.rebuild(Set.of("content/pages/highlights.md")).full());

        assertSameAsFullBuild(live, edition);
    }

    @Test
    void broken_edit_keeps_the_last_good_site_until_fixed() throws IOException {
        TestEdition edition = TestEdition.starter(tmp);
        LiveBuild live = new LiveBuild(edition.root());
        live.build();
        edition.edit("content/data/indicators.csv", "2024,850", "2024,8S0");

        LiveBuild.Outcome broken = live.rebuild(Set.of("content/data/indicators.csv"));

        assertFalse(broken.good());
        assertEquals("content/data/indicators.csv", broken.problems().get(0).position().file());
        assertTrue(html(live, "programmes/border-districts/index.html").contains("1,490"));

        edition.edit("content/programmes/border-districts.md", "## Background", "## Context");
        assertFalse(live.rebuild(Set.of("content/programmes/border-districts.md")).good()); // still broken elsewhere
        edition.edit("content/data/indicators.csv", "2024,8S0", "2024,950");
        LiveBuild.Outcome fixed = live.rebuild(Set.of("content/data/indicators.csv"));

        assertTrue(fixed.good());
        String page = html(live, "programmes/border-districts/index.html");
        assertTrue(page.contains("1,590"), "the fixed figure: 950 + 640");
        assertTrue(page.contains("Context"), "the edit made while broken is not lost");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("org.tessera.EditionChanges#all")
    void after_each_kind_of_change_the_live_site_is_the_site_a_full_build_makes(EditionChanges.Change change) throws IOException {
        TestEdition edition = EditionChanges.edition(tmp);
        LiveBuild live = new LiveBuild(edition.root());
        assertTrue(live.build().good());

        LiveBuild.Outcome outcome = live.rebuild(change.apply().apply(edition));

        assertTrue(outcome.good(), () -> outcome.problems().toString());
        assertSameAsFullBuild(live, edition);
    }

    @Test
    void a_story_edit_renders_neither_the_lists_nor_a_pdf() throws IOException {
        TestEdition edition = TestEdition.starter(tmp);
        LiveBuild live = new LiveBuild(edition.root());
        live.build();
        edition.edit("content/programmes/border-districts.md", "## Background", "## Context");

        LiveBuild.Outcome outcome = live.rebuild(Set.of("content/programmes/border-districts.md"));

        assertFalse(outcome.full());
        assertEquals(1, outcome.rendered(), "the programme's page; the brochure holding it is made when asked for");
    }

    @Test
    void changed_interface_words_render_only_the_pages_that_show_them() throws IOException {
        TestEdition edition = TestEdition.starter(tmp);
        LiveBuild live = new LiveBuild(edition.root());
        live.build();
        int pages = (int) live.paths().stream().filter(p -> p.endsWith(".html")).count();
        // the heading of the results framework appears on programme pages only
        edition.file("templates/messages_en.properties", "programme.results.intro=The programme's results, period by period.\n");

        LiveBuild.Outcome outcome = live.rebuild(Set.of("templates/messages_en.properties"));

        assertTrue(outcome.good());
        assertTrue(html(live, "programmes/border-districts/index.html").contains("period by period"));
        assertTrue(outcome.rendered() < pages, outcome.rendered() + " files rendered of " + pages + " pages");
    }

    @Test
    void a_new_programme_gets_its_page_without_a_full_rebuild() throws IOException {
        TestEdition edition = TestEdition.starter(tmp);
        LiveBuild live = new LiveBuild(edition.root());
        live.build();
        edition.file("content/programmes/second.yml", "title: A second programme\ncountries: [GN]\nstatus: pipeline\n");

        LiveBuild.Outcome outcome = live.rebuild(Set.of("content/programmes/second.yml"));

        assertFalse(outcome.full());
        assertTrue(live.file("programmes/second/index.html").isPresent());
        assertTrue(html(live, "programmes/index.html").contains("A second programme"));
        assertTrue(live.file("countries/gn/index.html").isPresent(), "the new country gets its page");
    }

    /** The live site has exactly the files, byte for byte, of a full build of the edition as it now stands. */
    private static void assertSameAsFullBuild(LiveBuild live, TestEdition edition) {
        LiveBuild fresh = new LiveBuild(edition.root());
        assertTrue(fresh.build().good());
        assertEquals(fresh.paths(), live.paths());
        for (String path : fresh.paths()) {
            assertArrayEquals(bytes(fresh, path), bytes(live, path), path);
        }
    }





    private static String html(LiveBuild live, String path) {
        return new String(bytes(live, path), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(LiveBuild live, String path) {
        OutputFile file = live.file(path).orElseThrow(() -> new AssertionError("no " + path));
        try {
            return file instanceof OutputFile.Written w ? w.bytes() : Files.readAllBytes(((OutputFile.Copied) file).source());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
