package org.tessera.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.model.Edition;
import org.tessera.model.Page;
import org.tessera.model.Problem;
import org.tessera.model.Programme;
import org.tessera.model.SitePlan;

/** Every rule an edition must satisfy before it is published; pure functions of the loaded model. */
public final class Checks {

    private Checks() {
    }

    public static List<Problem> run(Edition edition) {
        return run(edition, Set.of());
    }

    /**
     * Runs every check on {@code edition} (its default language) and, in each of {@code translations} (the same
     * edition in another language), on the stories translated into that language, each compared with its original.
     */
    public static List<Problem> run(Edition edition, Map<String, Edition> translations, Set<String> broken) {
        return run(edition, translations, broken, Memo.NONE);
    }

    /** As above, each programme's checks answered by {@code memo} where it remembers them. */
    public static List<Problem> run(Edition edition, Map<String, Edition> translations, Set<String> broken, Memo memo) {
        return run(edition, translations, broken, memo, null);
    }

    /**
     * As above, the links of the edition's own stories checked against {@code links} rather than the addresses and
     * anchors of {@code edition} itself (when not null): for a part of an edition, checked as in the whole.
     */
    public static List<Problem> run(Edition edition, Map<String, Edition> translations, Set<String> broken, Memo memo, Links links) {
        List<Problem> problems = new ArrayList<>(run(edition, broken, memo, links));
        translations.values().forEach(translated -> problems.addAll(translated(edition, translated, broken)));
        return problems;
    }

    /** A translated story is checked as any story is (references, links, images, figures) and against its original. */
    private static List<Problem> translated(Edition edition, Edition translated, Set<String> broken) {
        String language = translated.site().language();
        Set<String> published = SitePlan.of(translated).addresses();
        Map<String, Set<String>> anchors = LinkChecks.anchors(translated);
        List<Problem> problems = new ArrayList<>();
        java.util.function.BiConsumer<org.tessera.model.Story, Optional<org.tessera.model.Story>> check = (story, original) -> {
            problems.addAll(ReferenceChecks.checkStory(translated, story, broken));
            problems.addAll(LinkChecks.check(story, published, anchors));
            problems.addAll(ImageChecks.checkStory(translated, story));
            original.ifPresent(o -> problems.addAll(TranslationChecks.compare(o, story)));
        };
        for (Programme programme : translated.programmes()) {
            programme.story().filter(s -> s.language().equals(language))
                    .ifPresent(s -> check.accept(s, edition.programme(programme.id()).flatMap(Programme::story)));
        }
        for (Page page : translated.pages()) {
            if (page.story().language().equals(language)) {
                check.accept(page.story(), edition.page(page.slug()).map(Page::story));
            }
        }
        return problems;
    }

    /**
     * Runs every check. {@code broken} names the files that had errors while loading: what they define may be
     * missing or partial, so checks that would only repeat their problem (an unknown name, a sum short of a cell
     * that is not a number) are left out for them.
     */
    public static List<Problem> run(Edition edition, Set<String> broken) {
        return run(edition, broken, Memo.NONE, null);
    }

    /** The addresses a site publishes and the anchors of each of its pages: what links are checked against. */
    public record Links(Set<String> published, Map<String, Set<String>> anchors) {

        /** The links of {@code edition}'s site, whose plan is {@code plan}: those its stories are checked against unless given others. */
        public static Links of(SitePlan plan, Edition edition) {
            return new Links(plan.addresses(), LinkChecks.anchors(edition));
        }
    }

    /**
     * The anchors of each story page of every edition of {@code translations}, by language (pages by their address
     * under the language's root): what its translated stories' links to #anchors are checked against.
     */
    public static Map<String, Map<String, Set<String>>> anchors(Map<String, Edition> translations) {
        Map<String, Map<String, Set<String>>> anchors = new java.util.LinkedHashMap<>();
        translations.forEach((language, translated) -> anchors.put(language, LinkChecks.anchors(translated)));
        return anchors;
    }

    /**
     * What a programme's checks read besides the programme itself and the edition's other files (site.yml, datasets,
     * pages, assets): the addresses the site publishes, the anchors of every page, the files that failed to load.
     */
    public record Context(Set<String> published, Map<String, Set<String>> anchors, Set<String> broken) {
    }

    /** Remembers what a programme's checks found, between builds: the checks are pure, so the same inputs find the same. */
    public interface Memo {
        /** Checks nothing again. */
        Memo NONE = (programme, context, check) -> check.get();

        /** What {@code check} finds for {@code programme} in {@code context}: remembered, or found now. */
        List<Problem> of(Programme programme, Context context, java.util.function.Supplier<List<Problem>> check);

        /** Told, once per run and before any programme is checked, the links the stories are checked against. */
        default void checkedAgainst(Links links) {
        }
    }

    private static List<Problem> run(Edition edition, Set<String> broken, Memo memo, Links given) {
        boolean indicatorsReliable = !broken.contains("content/data/indicators.csv");
        SitePlan plan = SitePlan.of(edition);
        Links links = given != null ? given : Links.of(plan, edition);
        memo.checkedAgainst(links);
        Set<String> published = links.published();
        Map<String, Set<String>> anchors = links.anchors();
        Context context = new Context(published, anchors, broken);
        List<Problem> problems = new ArrayList<>(plan.conflicts());
        // Programmes are checked on all cores (the checks are pure); their problems are joined in edition order.
        org.tessera.util.OnAllCores.map(edition.programmes(), programme -> memo.of(programme, context,
                () -> check(edition, programme, broken, indicatorsReliable, published, anchors))).forEach(problems::addAll);
        for (Page page : edition.pages()) {
            problems.addAll(ReferenceChecks.checkStory(edition, page.story(), broken));
            problems.addAll(LinkChecks.check(page.story(), published, anchors));
            problems.addAll(ImageChecks.checkStory(edition, page.story()));
            if (indicatorsReliable) {
                problems.addAll(FigureChecks.check(page.story(), edition.indicators(), edition));
            }
        }
        problems.addAll(ReferenceChecks.checkBrochures(edition, broken));
        problems.addAll(ReferenceChecks.checkHeadlines(edition, broken));
        problems.addAll(ThemeChecks.check(edition));
        problems.addAll(ReferenceChecks.checkSiteImages(edition));
        problems.addAll(ReferenceChecks.checkDonorLogos(edition));
        problems.addAll(ImageChecks.checkAssets(edition));
        if (indicatorsReliable) {
            problems.addAll(DataChecks.checkIndicators(edition, broken));
        }
        edition.datasets().values().forEach(d -> {
            if (!broken.contains(d.file())) {
                problems.addAll(DataChecks.checkTotals(d));
            }
            problems.addAll(DataChecks.checkPercentColumns(d));
        });
        return problems;
    }

    private static List<Problem> check(Edition edition, Programme programme, Set<String> broken, boolean indicatorsReliable,
                                       Set<String> published, Map<String, Set<String>> anchors) {
        List<Problem> problems = new ArrayList<>();
        if (!broken.contains(programme.at().file())) {
            problems.addAll(ProgrammeChecks.check(programme));
            problems.addAll(ProgrammeChecks.checkThematicArea(programme, edition.site().thematicAreas()));
        }
        programme.hero().ifPresent(h -> ReferenceChecks.checkHero(edition, h, problems));
        programme.story().ifPresent(s -> {
            problems.addAll(ReferenceChecks.checkStory(edition, s, broken));
            problems.addAll(LinkChecks.check(s, published, anchors));
            problems.addAll(ImageChecks.checkStory(edition, s));
            if (indicatorsReliable) {
                problems.addAll(FigureChecks.check(s, edition.indicatorsOf(programme.id()), edition));
            }
        });
        return problems;
    }
}
