package org.tessera;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tessera.cache.BuildCache;
import org.tessera.cache.CheckedProgrammes;
import org.tessera.check.Checks;
import org.tessera.cache.Fingerprints;
import org.tessera.cache.SourceStamps;
import org.tessera.load.EditionLoader;
import org.tessera.load.ParseCache;
import org.tessera.model.ImageAsset;
import org.tessera.model.PlanInputs;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.SitePaths;
import org.tessera.model.SitePlan;
import org.tessera.publish.Publisher;
import org.tessera.render.OutputFile;
import org.tessera.render.Progress;
import org.tessera.render.Templates;
import org.tessera.render.image.ImageVariants;

/**
 * One build of an edition into an output folder, starting from what the last build into the same folder left in the
 * edition's {@link BuildCache}: nothing is done when no file of the edition changed; otherwise the edition is loaded
 * and checked, and only the outputs whose inputs changed ({@link StaleOutputs}) are made again, the other files kept
 * from the previous output as they are. The new output replaces the old one in one step, as a clean build's does.
 * Kept files are byte for byte those a clean build writes: everything an output reads is in the fingerprint of its
 * inputs, its recorded interface words and photos, or the files the rule follows.
 */
final class SiteBuild {

    private final Path source;
    private final Path output;
    private final boolean strict;
    private final Progress progress;
    private final long start = System.nanoTime();
    private final List<String> notes = new ArrayList<>();
    /** Set TESSERA_TIMINGS to have each step's time printed on stderr (bench/README.md uses it). */
    private final boolean timed = System.getenv("TESSERA_TIMINGS") != null;
    private long lapStart = start;
    /** Whether this build loaded only the programmes that changed. */
    private boolean partial;

    SiteBuild(Path source, Path output, boolean strict, Progress progress) {
        this.source = source;
        this.output = output;
        this.strict = strict;
        this.progress = progress;
    }

    /** Builds, from the cache unless {@code clean}. The output folder was checked to be one Tessera may replace. */
    BuildResult run(boolean clean) {
        if (timed) {
            ProcessHandle.current().info().startInstant().ifPresent(started -> System.err.printf("%6d ms  start Java and Tessera%n",
                    java.time.Duration.between(started, java.time.Instant.now()).toMillis()));
            lapStart = System.nanoTime();
        }
        Optional<BuildCache> cache = clean ? Optional.empty() : readCache();
        lap("read the cache");
        SourceStamps stamps = scan(cache);
        lap("scan the edition's files");
        if (stamps == null) {
            cache = Optional.empty();
        }
        Set<String> changed = cache.map(c -> stamps.changedSince(c.sources())).orElse(Set.of());
        if (cache.isPresent() && changed.isEmpty() && holdsItsFiles(cache.get())) {
            return upToDate(cache.get(), stamps);
        }
        if (cache.isPresent()) {
            Optional<BuildResult> partial = partial(cache.get(), changed, stamps);
            if (partial.isPresent() && !partial.get().missing()) {
                return partial.get();
            }
            this.partial = false;
        }
        BuildResult result = make(cache, changed, stamps);
        if (result.missing()) {
            notes.add("files of the previous output are missing from " + output + "; everything is built");
            return make(Optional.empty(), Set.of(), stamps);
        }
        return result;
    }

    private Optional<BuildCache> readCache() {
        BuildCache.Read read = BuildCache.read(source, output);
        read.refused().filter(BuildCache.Refusal::warn).ifPresent(r -> notes.add("the build cache "
                + source.relativize(BuildCache.file(source, output)) + " " + r.reason() + "; it is ignored and everything is built"));
        return read.cache();
    }

    /**
     * Whether the output folder holds exactly the files the last build published, by name: a file added or removed
     * by hand since is noticed (the next build puts the folder right), a file edited in place is not.
     */
    private boolean holdsItsFiles(BuildCache cache) {
        Set<String> found = new java.util.HashSet<>();
        try { // one look at each file: its attributes come with the walk
            java.nio.file.Files.walkFileTree(output, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        found.add(output.relativize(file).toString().replace('\\', '/'));
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
        found.remove(Publisher.MARKER);
        lap("list the output's files");
        return found.size() == cache.files().size() && found.containsAll(cache.files());
    }

    /** Nothing changed since the last build: its output stands, and so do its problems. */
    private BuildResult upToDate(BuildCache cache, SourceStamps stamps) {
        List<Problem> problems = cache.problems();
        if (Tessera.failed(problems, strict)) {
            return result(problems, false, 0, 0, false);
        }
        if (!stamps.files().equals(cache.sources().files())) { // times changed, not contents: keep the new times
            writeCache(new BuildCache(cache.tool(), cache.output(), cache.marker(), stamps, cache.inputs(), cache.words(),
                    cache.photos(), cache.messages(), cache.files(), cache.extras(), cache.problems(), cache.brochureProblems(), cache.links()));
        }
        return result(problems, true, 0, cache.files().size(), false);
    }

    /**
     * Builds from a part of the edition when the change is confined to a few programmes ({@link PartialBuild}):
     * writes what it made again, keeps the rest of the previous output, and publishes as a whole build does. Empty
     * when the whole edition must be built.
     */
    private Optional<BuildResult> partial(BuildCache cache, Set<String> changed, SourceStamps stamps) {
        Optional<PartialBuild.Made> partial = PartialBuild.attempt(source, cache, changed, stamps, progress, this::lap);
        if (partial.isEmpty()) {
            lap("look at a part of the edition: the whole is built");
            return Optional.empty();
        }
        PartialBuild.Made made = partial.get();
        this.partial = true;
        save(made.parsed()::save, "what was parsed");
        if (Tessera.failed(made.problems(), strict)) {
            return Optional.of(result(made.problems(), false, 0, 0, false));
        }
        Set<String> written = made.files().stream().map(OutputFile::path).collect(Collectors.toSet());
        List<String> kept = cache.files().stream().filter(f -> !written.contains(f)).toList();
        return Optional.of(staged(new ArrayList<>(made.problems()), Optional.of(cache.files()), staging -> {
            staging.writeAll(made.files(), progress);
            staging.keep(output, kept);
            lap("write " + written.size() + " files and keep " + kept.size());
            staging.commit();
            lap("replace the output");
            writeCache(made.cache(output));
            lap("write the cache");
            return result(made.problems(), true, written.size(), kept.size(), false);
        }));
    }

    /** Loads and checks the edition, makes what changed since {@code cache} (everything without one) and publishes. */
    private BuildResult make(Optional<BuildCache> cache, Set<String> changed, SourceStamps stamps) {
        List<Problem> problems = new ArrayList<>();
        progress.update("load", 0, 0);
        Loaded loaded = loadAndCheck(cache.isPresent(), stamps, problems);
        if (Tessera.failed(problems, strict)) {
            return result(problems, false, 0, 0, false);
        }
        // Pages go into the staging folder as they are rendered; the folder replaces the output only when the
        // whole build succeeded, and is removed otherwise.
        return staged(problems, cache.map(BuildCache::files), staging -> {
            Made made = render(loaded.edition(), cache, changed, stamps != null, loaded.fingerprints(), staging, problems);
            if (Tessera.failed(problems, strict)) {
                return result(problems, false, 0, 0, false);
            }
            List<String> kept = cache.map(c -> kept(c, made)).orElse(List.of());
            staging.keep(output, kept);
            lap("keep " + kept.size() + " files");
            staging.commit();
            lap("replace the output");
            if (stamps != null) {
                writeCache(made.cache(cache, withArchives(stamps, loaded.edition()), kept, problems, output, keepLinks(loaded.links())));
                lap("write the cache");
            }
            return result(problems, true, made.written().size(), kept.size(), false);
        });
    }

    /** What a build does with a staging folder: writes into it and, when the build succeeds, commits it. */
    private interface Staged {
        BuildResult into(Publisher.Staging staging) throws IOException;
    }

    /**
     * Does {@code work} with a staging folder (the output's spare, when the output's files {@code current} are known
     * and it has a usable one), which is removed unless the work commits it; a failure to write
     * is one more of the {@code problems}, and leaves the previous output as it was.
     */
    private BuildResult staged(List<Problem> problems, Optional<List<String>> current, Staged work) {
        try (Publisher.Staging staging = Publisher.stage(output, current)) {
            return work.into(staging);
        } catch (NoSuchFileException e) {
            return result(problems, false, 0, 0, true);
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            problems.add(Problem.error(Position.of(output.toString()), "cannot write the site: " + cause.getMessage()
                    + "; the previous output is unchanged"));
            return result(problems, false, 0, 0, false);
        }
    }

    /** The edition loaded, and the fingerprints of the records the loader read back from the cache or parsed. */
    private record Loaded(EditionLoader.Loaded edition, Map<Object, Long> fingerprints, Checks.Links links) {
    }

    /**
     * Loads the edition, from what the last build parsed where a file is unchanged ({@code cached}), and checks it,
     * each programme's checks from what the last build found where its inputs are unchanged; keeps both for the next
     * build. The loader's cache is let go here: it holds the text of what it keeps.
     */
    private Loaded loadAndCheck(boolean cached, SourceStamps stamps, List<Problem> problems) {
        ParseCache parsed = cached ? ParseCache.stored(source) : ParseCache.fresh(source);
        EditionLoader.Loaded loaded = new EditionLoader(parsed).load(source);
        Map<Object, Long> known = parsed.fingerprints();
        lap("load");
        CheckedProgrammes checked = stamps == null ? null : CheckedProgrammes.of(source, stamps, cached, known);
        problems.addAll(Tessera.problems(loaded, checked == null ? Checks.Memo.NONE : checked));
        lap("check");
        save(parsed::save, "what was parsed");
        if (checked != null) {
            save(checked::save, "what the checks found");
        }
        lap("write what was parsed and checked");
        Checks.Links links = checked == null ? null : checked.links().orElse(new Checks.Links(Set.of(), Map.of()));
        return new Loaded(loaded, known, links);
    }

    /**
     * What a render made: the outputs made again, the files written, and what each output read (fingerprinted),
     * the interface words pages read and the photos outputs showed, to be kept for the next build.
     */
    private record Made(SitePlan plan, Set<SitePlan.Output> remade, Set<String> written, Map<String, Long> inputs,
                        Map<String, Set<String>> words, Map<String, Set<String>> photos,
                        Map<String, Map<String, String>> messages, boolean brochureProblems) {

        BuildCache cache(Optional<BuildCache> before, SourceStamps stamps, List<String> kept, List<Problem> problems,
                         Path output, long links) {
            Map<String, Set<String>> allWords = new HashMap<>(before.map(BuildCache::words).orElse(Map.of()));
            allWords.keySet().retainAll(inputs.keySet());
            allWords.putAll(words);
            List<String> files = Stream.concat(written.stream(), kept.stream()).sorted().toList();
            return new BuildCache(BuildCache.thisTool(), output.toAbsolutePath().normalize().toString(), BuildCache.marker(output),
                    stamps, inputs, allWords, photos, messages, files, files.stream().filter(f -> plan.at(f).isEmpty()).toList(),
                    problems, brochureProblems, links);
        }
    }

    /**
     * Renders the outputs to make again into {@code staging}: those stale since {@code cache}, or all. When the
     * outputs made again show other photos than before, everything is made again: which files of a photo the site
     * publishes follows from every output that shows it.
     */
    private Made render(EditionLoader.Loaded loaded, Optional<BuildCache> cache, Set<String> changed, boolean cached, Map<Object, Long> known,
                        Publisher.Staging staging, List<Problem> problems) throws IOException {
        SitePlan plan = Tessera.plan(loaded);
        Map<String, Templates> templates = Tessera.templates(loaded);
        lap("plan");
        Map<String, Long> inputs = cached ? fingerprints(loaded, plan, known) : Map.of();
        lap("fingerprint " + inputs.size() + " outputs' inputs");
        Set<SitePlan.Output> remade = cache.map(c -> stale(c, loaded, plan, inputs, templates, changed))
                .orElseGet(() -> new LinkedHashSet<>(plan.outputs()));
        Set<String> written = Collections.synchronizedSet(new java.util.TreeSet<>());
        Consumer<OutputFile> sink = page -> {
            try {
                staging.submit(page);
                written.add(page.path());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        int checked = problems.size();
        lap("find " + remade.size() + " outputs to make");
        Tessera.Rendered rendered = Tessera.render(loaded, templates, plan, remade, progress, ImageVariants.Mode.BUILD, sink, problems);
        Map<String, Set<String>> photos = StaleOutputs.shown(plan, cache.map(BuildCache::photos).orElse(Map.of()), rendered.photosShown());
        if (remade.size() < plan.outputs().size() && StaleOutputs.showsOtherPhotos(cache.orElseThrow().photos(), photos)) {
            problems.subList(checked, problems.size()).clear();
            remade = new LinkedHashSet<>(plan.outputs());
            rendered = Tessera.render(loaded, templates, plan, remade, progress, ImageVariants.Mode.BUILD, sink, problems);
            photos = rendered.photosShown();
        }
        staging.writeAll(rendered.files(), progress);
        lap("render and write " + written.size() + " files");
        rendered.files().forEach(f -> written.add(f.path()));
        return new Made(plan, remade, Set.copyOf(written), inputs, rendered.wordsRead(), photos, words(templates),
                problems.size() > checked);
    }

    /**
     * The fingerprint of what each output of {@code plan} reads, by path; outputs reading a value without one are left
     * out. The records the loader read back from the cache come with theirs ({@code known}); the rest is found on all
     * cores, a share of the outputs each.
     */
    private static Map<String, Long> fingerprints(EditionLoader.Loaded loaded, SitePlan plan, Map<Object, Long> known) {
        List<Map.Entry<String, List<Object>>> all = List.copyOf(new PlanInputs(loaded.edition(), loaded.translations()).of(plan).entrySet());
        // What the whole site shares (the layout, every programme's card, the indicators) is read by the home page:
        // found there once, and given to every share rather than found again in each.
        Fingerprints first = new Fingerprints(known);
        Map<String, Long> found = new HashMap<>();
        for (Map.Entry<String, List<Object>> output : all) {
            if (((SitePlan.Output) output.getValue().get(0)).kind() == SitePlan.Kind.HOME) {
                fingerprint(first, output, found);
            }
        }
        Map<Object, Long> shared = first.remembered();
        int shares = Runtime.getRuntime().availableProcessors() * 4;
        org.tessera.util.OnAllCores.map(java.util.stream.IntStream.range(0, shares).boxed().toList(), i -> {
            Fingerprints fingerprints = new Fingerprints(shared);
            Map<String, Long> share = new HashMap<>();
            for (Map.Entry<String, List<Object>> output : all.subList(i * all.size() / shares, (i + 1) * all.size() / shares)) {
                fingerprint(fingerprints, output, share);
            }
            return share;
        }).forEach(found::putAll);
        return found;
    }

    /** Puts the fingerprint of one output's inputs into {@code into}; an output reading a value without one is left out. */
    private static void fingerprint(Fingerprints fingerprints, Map.Entry<String, List<Object>> output, Map<String, Long> into) {
        try {
            into.put(output.getKey(), fingerprints.of(output.getValue()));
        } catch (Fingerprints.Unknown e) {
            // made again every build
        }
    }

    /** The interface words of each language ("" for the first). */
    private static Map<String, Map<String, String>> words(Map<String, Templates> templates) {
        Map<String, Map<String, String>> words = new HashMap<>();
        templates.forEach((language, t) -> words.put(language, t.messages().words()));
        return words;
    }

    /**
     * The outputs to make again after {@code changed} files since the {@code last} build: those the rule finds stale;
     * the brochures too when they reported problems last time (so that they report them again); every output when
     * a photo changed, since its published sizes follow from every page that shows it.
     */
    private static Set<SitePlan.Output> stale(BuildCache last, EditionLoader.Loaded loaded, SitePlan plan, Map<String, Long> inputs,
                                              Map<String, Templates> templates, Set<String> changed) {
        Set<SitePlan.Output> stale = new StaleOutputs(last.inputs(), last.words(), last.messages())
                .of(plan, inputs, words(templates), changed, loaded.edition());
        if (last.brochureProblems()) {
            plan.outputs().stream().filter(o -> StaleOutputs.isBrochure(o) || plan.isPdf(o)).forEach(stale::add);
        }
        boolean photos = changed.stream().anyMatch(SiteBuild::isPhoto) || stale.stream().anyMatch(o -> o.kind() == SitePlan.Kind.IMAGE);
        return photos ? new LinkedHashSet<>(plan.outputs()) : stale;
    }

    /**
     * The files of the previous output to keep: every file of an output not made again, and, unless every output is
     * made again, the photos' published sizes (files of no output of their own); never one this build wrote.
     */
    private static List<String> kept(BuildCache last, Made made) {
        if (made.remade().size() == made.plan().outputs().size()) {
            return List.of();
        }
        Set<String> remade = made.remade().stream().map(SitePlan.Output::path).collect(Collectors.toSet());
        Set<String> extras = Set.copyOf(last.extras());
        return last.files().stream().filter(f -> !made.written().contains(f))
                .filter(f -> made.plan().at(f).map(o -> !remade.contains(f)).orElse(extras.contains(f))).toList();
    }

    /** A photo of the edition: a raster image among its assets, which Tessera resizes rather than copies. */
    private static boolean isPhoto(String file) {
        return file.startsWith(SitePaths.ASSETS) && ImageAsset.isRaster(file);
    }

    /** The edition's files as they stand, or null (and a note) when they cannot all be listed: then nothing is cached. */
    private SourceStamps scan(Optional<BuildCache> cache) {
        List<String> roots = new ArrayList<>(EditionLoader.FOLDERS);
        roots.add(EditionLoader.SITE_FILE);
        cache.ifPresent(c -> c.sources().roots().stream().filter(r -> !roots.contains(r)).forEach(roots::add)); // archives
        try {
            return SourceStamps.scan(source, roots, output, cache.map(BuildCache::sources).orElse(null));
        } catch (IOException | UncheckedIOException e) {
            notes.add("cannot list the edition's files for the build cache (" + e.getMessage() + "); everything is built");
            return null;
        }
    }

    /** The stamps with those of the archived editions site.yml lists, which the next build scans too. */
    private SourceStamps withArchives(SourceStamps stamps, EditionLoader.Loaded loaded) {
        List<String> archives = loaded.edition().site().archive().stream().map(a -> a.folder()).toList();
        try {
            return stamps.with(source, archives, output);
        } catch (IOException | UncheckedIOException e) {
            notes.add("cannot list the archived editions for the build cache (" + e.getMessage() + ")");
            return stamps;
        }
    }

    /** Writes a part of the cache kept per edition; when it cannot be written, the next build does that part again. */
    private void save(Saving part, String what) {
        try {
            part.save();
        } catch (IOException | UncheckedIOException e) {
            notes.add("cannot write " + what + " into " + source.resolve(BuildCache.FOLDER) + " (" + e.getMessage()
                    + "); the next build will do that again");
        }
    }

    private interface Saving {
        void save() throws IOException;
    }

    /** Keeps the links the checks used for the next build; @return their fingerprint, 0 when they are not kept */
    private long keepLinks(Checks.Links links) {
        try {
            return links == null ? 0 : BuildCache.keep(source, links);
        } catch (IOException | UncheckedIOException e) {
            return 0; // the next build loads the whole edition
        }
    }

    private void writeCache(BuildCache cache) {
        try {
            cache.write(source);
        } catch (IOException | UncheckedIOException e) {
            notes.add("cannot write the build cache into " + source.resolve(BuildCache.FOLDER) + " (" + e.getMessage()
                    + "); the next build will build everything");
        }
    }

    private void lap(String step) {
        if (timed) {
            long now = System.nanoTime();
            System.err.printf("%6d ms  %s%n", (now - lapStart) / 1_000_000, step);
            lapStart = now;
        }
    }

    private BuildResult result(List<Problem> problems, boolean published, int written, int kept, boolean missing) {
        return new BuildResult(problems, published, written, output, (System.nanoTime() - start) / 1_000_000, kept, notes, missing,
                partial);
    }
}
