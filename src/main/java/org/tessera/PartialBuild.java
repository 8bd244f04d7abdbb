package org.tessera;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.tessera.cache.BuildCache;
import org.tessera.cache.Fingerprints;
import org.tessera.cache.SourceStamps;
import org.tessera.check.Checks;
import org.tessera.load.EditionLoader;
import org.tessera.load.ParseCache;
import org.tessera.model.PlanInputs;
import org.tessera.model.Problem;
import org.tessera.model.SitePlan;
import org.tessera.render.OutputFile;
import org.tessera.render.Progress;
import org.tessera.render.component.ChartDrawings;
import org.tessera.render.image.ImageVariants;
import org.tessera.util.Background;

/**
 * A build after changes confined to the files of a few programmes, which loads only those programmes, with the rest
 * of the edition but the other programmes: twice, as they are now and as the last build read them (the build cache
 * keeps their texts). Each version is planned, checked and fingerprinted as a whole edition is, and the two are
 * compared; nothing else needs to be known of the other programmes, and the rule is the one of every build:
 * <ul>
 * <li>an output whose inputs are the same in both versions reads nothing that changed, and is kept;</li>
 * <li>an output whose inputs changed is made again from the part, but only when the part gave it, before the change,
 *     exactly the inputs the whole edition gave it in the last build (its fingerprint then): it reads nothing of the
 *     programmes left out, so the part gives it what the whole would now;</li>
 * <li>anything else (an output reading every programme whose share changed, other addresses or anchors, problems that
 *     do not carry over) and the whole edition is built instead.</li>
 * </ul>
 * The programmes' own problems are checked against the addresses and anchors the last build found in the whole
 * edition ({@link Checks.Links}), which the comparison shows unchanged; the problems of the rest are the last build's.
 */
final class PartialBuild {

    /**
     * What a partial build made: the files to write (each in place of the previous output's), the problems of the
     * whole edition, and what to keep for the next build.
     */
    record Made(List<OutputFile> files, List<Problem> problems, ParseCache parsed, BuildCache last, SourceStamps stamps,
                Map<String, Long> inputs, Map<String, Set<String>> words, Map<String, Set<String>> photos) {

        /** The build cache of the output, once it is in place in {@code output}: as the last, with what changed. */
        BuildCache cache(Path output) {
            return new BuildCache(last.tool(), last.output(), BuildCache.marker(output), stamps, inputs, words, photos, last.messages(),
                    last.files(), last.extras(), problems, last.brochureProblems(), last.links());
        }
    }

    private final Path source;
    private final BuildCache last;
    /** The addresses and anchors of the whole site as the last build found them. */
    private final Checks.Links links;
    private final Consumer<String> lap;

    private PartialBuild(Path source, BuildCache last, Checks.Links links, Consumer<String> lap) {
        this.source = source;
        this.last = last;
        this.links = links;
        this.lap = lap;
    }

    /**
     * The files to write after {@code changed} files since {@code last}, and the cache to keep with them; empty when
     * the change is not confined to programmes, or reaches outputs a part of the edition cannot make.
     */
    static Optional<Made> attempt(Path source, BuildCache last, Set<String> changed, SourceStamps stamps, Progress progress,
                                  Consumer<String> lap) {
        Optional<Set<String>> ids = programmes(changed, last.sources(), stamps);
        if (ids.isEmpty() || last.brochureProblems()) {
            return Optional.empty();
        }
        Optional<Checks.Links> links = BuildCache.links(source, last.links());
        return links.flatMap(l -> new PartialBuild(source, last, l, lap).make(ids.get(), stamps, progress));
    }

    /**
     * The ids of the programmes whose files are the {@code changed} ones, when every one is a programme's facts or
     * story in the default language that was there before and is there now.
     */
    static Optional<Set<String>> programmes(Set<String> changed, SourceStamps before, SourceStamps now) {
        Set<String> ids = new LinkedHashSet<>();
        for (String file : changed) {
            Optional<String> id = EditionLoader.programmeOf(file);
            if (id.isEmpty() || !before.files().containsKey(file) || !now.files().containsKey(file)) {
                return Optional.empty();
            }
            ids.add(id.get());
        }
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids);
    }

    private Optional<Made> make(Set<String> ids, SourceStamps stamps, Progress progress) {
        Background.start("tessera-warm-up", () -> { // never waited for: what fails here fails again where it matters
            ChartDrawings.warmUp();
            return null;
        });
        ParseCache parsed = ParseCache.stored(source, EditionLoader.Scope.cacheKeys(ids));
        Optional<EditionLoader.Scope> asBuilt = EditionLoader.Scope.asBuilt(parsed, ids);
        if (asBuilt.isEmpty()) {
            return refuse("the cache does not hold the programmes as built");
        }
        lap.accept("read the cache of " + ids.size() + " programme(s) and the rest");
        // The part as built loads on a thread of its own while the part as it is loads, is checked and has its
        // programmes' pages rendered: those are almost always what the change makes again.
        ParseCache built = parsed.alongside();
        Background<Version> was = Background.start("tessera-as-built",
                () -> Version.of(new EditionLoader(built).load(source, asBuilt.get()), ids, links));
        Version now = Version.of(new EditionLoader(parsed).load(source, new EditionLoader.Scope(ids, Map.of())), ids, links);
        lap.accept("load and check them as they are");
        Optional<Rendering> guess = now.complete() ? Optional.of(render(now, now.plan().outputs().stream()
                .filter(o -> o.kind() == SitePlan.Kind.PROGRAMME && ids.contains(o.subject())).toList(), progress)) : Optional.empty();
        lap.accept("render their pages");
        Version before = was.join();
        lap.accept("load and check them as built");
        Map<Object, Long> known = new java.util.IdentityHashMap<>(parsed.fingerprints());
        known.putAll(built.fingerprints());
        return compare(before, now, ids, known).flatMap(change -> {
            Rendering rendering = guess.filter(g -> g.outputs().equals(change.remade().keySet())).orElseGet(() ->
                    render(now, now.plan().outputs().stream().filter(o -> change.remade().containsKey(o.path())).toList(), progress));
            return made(rendering, change.remade(), change.problems(), stamps, parsed);
        });
    }

    /** What a change confined to the part makes again (with its inputs' fingerprints now) and the problems then. */
    private record Change(Map<String, Long> remade, List<Problem> problems) {
    }

    /**
     * The change from the part as built to the part as it is, when nothing outside the part's own outputs and
     * problems sees it ({@code known}: the fingerprints of the records both loads read back); else empty.
     */
    private Optional<Change> compare(Version before, Version now, Set<String> ids, Map<Object, Long> known) {
        if (!before.complete() || !now.complete()) {
            return refuse("a programme of the part failed to load");
        }
        if (!before.plan().outputs().equals(now.plan().outputs()) || !before.links().equals(now.links())
                || !before.translatedAnchors().equals(now.translatedAnchors())) {
            return refuse("the change makes other pages, addresses or anchors");
        }
        if (!before.others().equals(now.others()) || !before.own().equals(own(last.problems(), ids))) {
            return refuse("the change reaches the problems of other files");
        }
        Optional<List<Problem>> problems = problems(before.own(), now.own());
        if (problems.isEmpty()) {
            return refuse("the programmes' problems changed in number");
        }
        Optional<Map<String, Long>> remade = remade(before, now, known);
        lap.accept("find " + remade.map(Map::size).orElse(-1) + " outputs to make");
        return remade.map(r -> new Change(r, problems.get()));
    }

    /** No partial build, and why (seen with TESSERA_TIMINGS). */
    private <T> Optional<T> refuse(String why) {
        lap.accept("a partial build cannot be made: " + why);
        return Optional.empty();
    }

    /**
     * One version of the part, in every language of the edition: loaded, checked (its stories' links against the whole
     * edition's {@code links}), planned, with the links it gives itself and the anchors of its translated pages, and its
     * problems split between the programmes' files and the rest (a translation's among the rest).
     */
    private record Version(EditionLoader.Loaded loaded, SitePlan plan, Checks.Links links,
                           Map<String, Map<String, Set<String>>> translatedAnchors, List<Problem> own, List<Problem> others,
                           boolean complete) {

        static Version of(EditionLoader.Loaded loaded, Set<String> ids, Checks.Links whole) {
            List<Problem> problems = Tessera.problems(loaded, Checks.Memo.NONE, whole);
            boolean complete = loaded.edition().programmes().size() == ids.size();
            List<Problem> own = PartialBuild.own(problems, ids);
            List<Problem> others = new ArrayList<>(problems);
            others.removeAll(own);
            SitePlan plan = Tessera.plan(loaded);
            return new Version(loaded, plan, Checks.Links.of(plan, loaded.edition()), Checks.anchors(loaded.translations()), own,
                    others, complete);
        }
    }

    /** The problems in the files of the programmes {@code ids}, in order. */
    private static List<Problem> own(List<Problem> problems, Set<String> ids) {
        return problems.stream().filter(p -> EditionLoader.programmeOf(p.position().file()).filter(ids::contains).isPresent()).toList();
    }

    /**
     * The last build's problems with the programmes' own as they are now, each in the place of the one it replaces:
     * when they are as many (a line moved, a figure corrected but still off); else empty, and the whole is built.
     */
    private Optional<List<Problem>> problems(List<Problem> before, List<Problem> now) {
        if (before.equals(now)) {
            return Optional.of(last.problems());
        }
        if (before.size() != now.size()) {
            return Optional.empty();
        }
        List<Problem> problems = new ArrayList<>(last.problems());
        int next = 0;
        for (int i = 0; i < problems.size() && next < before.size(); i++) {
            if (problems.get(i).equals(before.get(next))) {
                problems.set(i, now.get(next++));
            }
        }
        return Optional.of(problems);
    }

    /**
     * The outputs to make again, with the fingerprints of their inputs now: those whose inputs differ between the two
     * versions, each of which must have had in the old one the very inputs the whole edition gave it; else empty.
     */
    private Optional<Map<String, Long>> remade(Version before, Version now, Map<Object, Long> known) {
        Map<String, List<Object>> was = new PlanInputs(before.loaded().edition(), before.loaded().translations()).of(before.plan());
        Map<String, List<Object>> is = new PlanInputs(now.loaded().edition(), now.loaded().translations()).of(now.plan());
        Fingerprints fingerprints = new Fingerprints(known);
        Map<String, Long> remade = new HashMap<>();
        try {
            for (SitePlan.Output output : now.plan().outputs()) {
                long old = fingerprints.of(was.get(output.path()));
                long fresh = fingerprints.of(is.get(output.path()));
                if (old == fresh) {
                    continue;
                }
                if (!Objects.equals(last.inputs().get(output.path()), old) || !last.files().contains(output.path())) {
                    return refuse(output.path() + " reads more than the part holds");
                }
                remade.put(output.path(), fresh);
            }
        } catch (Fingerprints.Unknown e) {
            return refuse("an output reads a value without a fingerprint");
        }
        return Optional.of(remade);
    }

    /** What a render of some outputs of the part made: the outputs' paths, and the render with its problems. */
    private record Rendering(Set<String> outputs, Tessera.Rendered rendered, List<Problem> problems) {
    }

    /** Renders {@code outputs} of the part as it is now. */
    private static Rendering render(Version now, List<SitePlan.Output> outputs, Progress progress) {
        List<Problem> found = new ArrayList<>();
        Tessera.Rendered rendered = Tessera.render(now.loaded(), Tessera.templates(now.loaded()), now.plan(), outputs, progress,
                ImageVariants.Mode.BUILD, null, found);
        return new Rendering(outputs.stream().map(SitePlan.Output::path).collect(java.util.stream.Collectors.toSet()), rendered, found);
    }

    /** What the partial build made from {@code rendering}, unless its pages report problems, show other photos or add files. */
    private Optional<Made> made(Rendering rendering, Map<String, Long> remade, List<Problem> problems, SourceStamps stamps,
                                ParseCache parsed) {
        Tessera.Rendered rendered = rendering.rendered();
        Map<String, Set<String>> photos = new HashMap<>(last.photos());
        remade.keySet().forEach(photos::remove);
        photos.putAll(rendered.photosShown());
        Set<String> files = Set.copyOf(last.files());
        if (!rendering.problems().isEmpty() || StaleOutputs.showsOtherPhotos(last.photos(), photos)
                || !rendered.files().stream().allMatch(f -> files.contains(f.path()))) {
            return refuse("the pages made again report problems, show other photos or add files");
        }
        Map<String, Long> inputs = new HashMap<>(last.inputs());
        inputs.putAll(remade);
        Map<String, Set<String>> words = new HashMap<>(last.words());
        words.putAll(rendered.wordsRead());
        return Optional.of(new Made(rendered.files(), problems, parsed, last, stamps, inputs, words, photos));
    }
}
