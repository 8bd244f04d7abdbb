package org.tessera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.render.Progress;

/**
 * A build after a change confined to a few programmes loads only them ({@link PartialBuild}) when the change stays
 * inside their own pages, and the whole edition otherwise; either way it publishes what a clean build does, with the
 * same problems. The edition: the starter (whose programme the brochure holds) and two programmes no other output
 * shows whole, the third linking to an anchor of the second.
 */
class PartialBuildTest {

    private static final String SECOND = "content/programmes/second.md";
    private static final String THIRD = "content/programmes/third.md";

    @TempDir
    Path tmp;

    private TestEdition edition() {
        return EditionChanges.edition(tmp)
                .file("content/programmes/second.yml", "title: A second programme\ncountries: [GN]\nstatus: pipeline\n")
                .file(SECOND, "---\nsummary: Second.\n---\n\n## Background\n\nIt began in Conakry.\n\n## Lessons learned\n\n"
                        + "Read [the results](../border-districts/#no-such-part) of the first.\n")
                .file("content/programmes/third.yml", "title: A third programme\ncountries: [GN, TJ]\nstatus: active\n")
                .file(THIRD, "---\nsummary: Third.\n---\n\n## Background\n\nSee [what the second learned](../second/#lessons-learned).\n");
    }

    @Test
    void a_sentence_added_to_a_story_loads_only_its_programme() {
        Outcome outcome = after(e -> e.edit(SECOND, "It began in Conakry.", "It began in Conakry, in 2024."));
        assertTrue(outcome.partial());
        assertTrue(TestFiles.read(outcome.output().resolve("programmes/second/index.html")).contains("in Conakry, in 2024."));
    }

    @Test
    void two_programmes_changed_at_once_are_loaded_together() {
        assertTrue(after(e -> e.edit(SECOND, "It began", "It started").edit(THIRD, "## Background", "## Background\n\nMore.")).partial());
    }

    @Test
    void a_warning_moved_by_a_paragraph_above_it_is_reported_at_its_new_line() {
        Outcome outcome = after(e -> e.edit(SECOND, "## Background", "## Background\n\nA new first paragraph.\n"));
        assertTrue(outcome.partial());
        assertTrue(outcome.result().problems().stream().anyMatch(p -> p.position().file().equals(SECOND)
                && p.position().line() == 14 && p.message().contains("#no-such-part")), outcome.result().problems()::toString);
    }

    @Test
    void a_link_to_another_programme_is_checked_against_the_whole_site() {
        Outcome outcome = after(e -> e.edit(SECOND, "It began in Conakry.", "It began in Conakry, like [the third](../third/)."));
        assertTrue(outcome.partial());
        assertTrue(outcome.result().problems().stream().noneMatch(p -> p.message().contains("../third/")), outcome.result().problems()::toString);
    }

    @Test
    void a_warning_mended_changes_the_problems_and_the_whole_is_checked() {
        Outcome outcome = after(e -> e.edit(SECOND, "#no-such-part", "#background"));
        assertTrue(outcome.result().problems().stream().noneMatch(p -> p.message().contains("#no-such-part")));
    }

    @Test
    void a_summary_the_lists_show_makes_the_whole_edition_built() {
        assertEquals(false, after(e -> e.edit(SECOND, "summary: Second.", "summary: The second.")).partial());
    }

    @Test
    void a_heading_another_programme_links_to_makes_the_whole_edition_built() {
        Outcome outcome = after(e -> e.edit(SECOND, "## Lessons learned", "## What we learned"));
        assertEquals(false, outcome.partial());
        assertTrue(outcome.result().problems().stream().anyMatch(p -> p.position().file().equals(THIRD)
                && p.message().contains("#lessons-learned")), outcome.result().problems()::toString);
    }

    @Test
    void a_brochure_of_the_changed_programme_alone_is_made_from_the_part() {
        assertTrue(after(e -> e.edit(EditionChanges.PROGRAMME, "## Background", "## Background\n\nMore.")).partial());
    }

    @Test
    void a_programme_a_brochure_holds_with_others_makes_the_whole_edition_built() {
        Consumer<TestEdition> brochure = e -> e.edit("site.yml", "      - programme:border-districts\n",
                "      - programme:border-districts\n      - programme:third\n");
        assertEquals(false, after(brochure, e -> e.edit(EditionChanges.PROGRAMME, "## Background", "## Background\n\nMore.")).partial());
    }

    @Test
    void a_change_of_facts_the_lists_show_makes_the_whole_edition_built() {
        assertEquals(false, after(e -> e.edit("content/programmes/second.yml", "status: pipeline", "status: active")).partial());
    }

    @Test
    void a_chart_added_to_a_story_makes_the_whole_edition_built() {
        assertEquals(false, after(e -> e.edit(SECOND, "## Lessons learned", "```chart\ntype: column\ndata: indicators\nx: period\n"
                + "y: value\nwhere: {code: bd-1.1}\ntitle: Services by year\n```\n\n## Lessons learned")).partial());
    }

    /** The edition in English and French: the second programme translated (its story linking to the third's), the third not. */
    private static void inFrench(TestEdition edition) {
        edition.edit("site.yml", "language: en", "languages: [en, fr]")
                .file("content/programmes/second.fr.md", "---\nsummary: Le deuxième.\n---\n\n## Contexte\n\nIl a commencé à Conakry.\n\n"
                        + "## Leçons\n\nLisez [le contexte du troisième](../third/#background).\n");
    }

    @Test
    void in_two_languages_a_sentence_added_to_a_translated_story_loads_only_its_programme() {
        Outcome outcome = after(PartialBuildTest::inFrench, e -> e.edit(SECOND, "It began in Conakry.", "It began in Conakry, a port."));
        assertTrue(outcome.partial());
        assertTrue(TestFiles.read(outcome.output().resolve("fr/programmes/second/index.html")).contains("Il a commencé à Conakry."));
    }

    @Test
    void in_two_languages_a_story_shown_untranslated_is_made_again_in_both() {
        Outcome outcome = after(PartialBuildTest::inFrench, e -> e.edit(THIRD, "## Background\n", "## Background\n\nA sentence added.\n"));
        assertTrue(outcome.partial());
        assertTrue(TestFiles.read(outcome.output().resolve("fr/programmes/third/index.html")).contains("A sentence added."));
    }

    @Test
    void in_two_languages_a_heading_a_translation_links_to_makes_the_whole_edition_built() {
        Outcome outcome = after(PartialBuildTest::inFrench, e -> e.edit(THIRD, "## Background", "## Origins"));
        assertEquals(false, outcome.partial());
        assertTrue(outcome.result().problems().stream().anyMatch(p -> p.position().file().equals("content/programmes/second.fr.md")
                && p.message().contains("#background")), outcome.result().problems()::toString);
    }

    @Test
    void builds_one_after_another_stay_what_a_clean_build_makes() {
        TestEdition edition = edition();
        Path output = tmp.resolve("site");
        assertTrue(build(edition, output, false).published());
        for (int i = 1; i <= 3; i++) {
            edition.edit(SECOND, "It began in Conakry", "It began in Conakry (" + i + ")");
            assertTrue(build(edition, output, false).partial());
            assertSameOutput(edition, output);
        }
    }

    /** A build after {@code change} and what it published, checked to be a clean build's files and problems. */
    private record Outcome(BuildResult result, Path output) {
        boolean partial() {
            return result.partial();
        }
    }

    private Outcome after(Consumer<TestEdition> change) {
        return after(e -> { }, change);
    }

    /** As above, the edition first set up by {@code setup}. */
    private Outcome after(Consumer<TestEdition> setup, Consumer<TestEdition> change) {
        TestEdition edition = edition();
        setup.accept(edition);
        Path output = tmp.resolve("site");
        assertTrue(build(edition, output, false).published());
        change.accept(edition);
        BuildResult result = build(edition, output, false);
        assertTrue(result.published(), result.problems()::toString);
        assertEquals(assertSameOutput(edition, output).problems(), result.problems(), "the problems a clean build reports");
        return new Outcome(result, output);
    }

    /** The output holds the files a clean build of the edition makes, byte for byte; @return the clean build */
    private BuildResult assertSameOutput(TestEdition edition, Path output) {
        BuildResult clean = build(edition, tmp.resolve("clean"), true);
        assertTrue(clean.published(), clean.problems()::toString);
        TestFiles.assertSameTree(clean.output(), output);
        return clean;
    }

    private static BuildResult build(TestEdition edition, Path output, boolean clean) {
        return Tessera.build(edition.root(), output, false, clean, Progress.NONE);
    }
}
