package org.tessera;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tessera.check.Checks;
import org.tessera.load.EditionLoader;
import org.tessera.model.Edition;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.SitePlan;
import org.tessera.publish.Publisher;
import org.tessera.render.ComponentRenderer;
import org.tessera.render.OutputFile;
import org.tessera.render.Progress;
import org.tessera.render.SiteRenderer;
import org.tessera.render.Templates;
import org.tessera.render.component.DataComponents;
import org.tessera.render.image.ImageVariants;
import org.tessera.resolve.Resolver;

/** The front door: build an edition into a site, or check it. Each call runs the pipeline load → check → resolve → render → publish. */
public final class Tessera {

    private Tessera() {
    }

    /** Validates everything a build would, writing nothing. */
    public static BuildResult check(Path source) {
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        EditionLoader.Loaded loaded = loadAndCheck(source, problems);
        if (problems.stream().noneMatch(Problem::isError)) {
            // templates, components and images can fail too; find it now, not at build time
            SitePlan plan = plan(loaded);
            render(loaded, templates(loaded), plan, plan.outputs(), Progress.NONE, ImageVariants.Mode.CHECK, null, problems);
        }
        return new BuildResult(problems, false, 0, source, elapsed(start));
    }

    /**
     * Builds {@code source} into {@code output}. Nothing is written unless the edition has no error (and, when
     * {@code strict}, no warning); the previous output survives any failure.
     */
    public static BuildResult build(Path source, Path output, boolean strict) {
        return build(source, output, strict, false, Progress.NONE);
    }

    /**
     * As {@link #build(Path, Path, boolean)}, telling {@code progress} how far the build got. Unless {@code clean},
     * the build starts from what the last build into the same folder left in the edition's build cache: nothing is
     * done when no file of the edition changed, and otherwise only the outputs whose inputs changed are made again,
     * the others kept from the previous output. Either way the new output replaces the old one in one step.
     */
    public static BuildResult build(Path source, Path output, boolean strict, boolean clean, Progress progress) {
        List<Problem> problems = new ArrayList<>();
        refuseOutputOnSources(source, output, problems);
        if (!problems.isEmpty()) {
            return new BuildResult(problems, false, 0, output, 0);
        }
        return new SiteBuild(source, output, strict, progress).run(clean);
    }

    /**
     * What changed from the edition in {@code before} to the one in {@code after}: each an edition folder, or a site
     * Tessera built (read from its edition.json and data exports).
     */
    public static org.tessera.compare.Comparison compare(Path before, Path after) {
        List<Problem> beforeProblems = new ArrayList<>();
        List<Problem> afterProblems = new ArrayList<>();
        Edition old = loadForComparison(before, beforeProblems);
        Edition now = loadForComparison(after, afterProblems);
        boolean loaded = beforeProblems.stream().noneMatch(Problem::isError) && afterProblems.stream().noneMatch(Problem::isError);
        return new org.tessera.compare.Comparison(before, after, beforeProblems, afterProblems,
                loaded ? org.tessera.compare.EditionDiff.between(old, now) : List.of());
    }

    private static Edition loadForComparison(Path folder, List<Problem> problems) {
        if (org.tessera.load.BuiltSiteLoader.isBuiltSite(folder)) {
            org.tessera.load.BuiltSiteLoader.Loaded built = org.tessera.load.BuiltSiteLoader.load(folder);
            problems.addAll(built.problems());
            return built.edition();
        }
        return loadAndCheck(folder, problems).edition();
    }

    static EditionLoader.Loaded loadAndCheck(Path source, List<Problem> problems) {
        return loadAndCheck(new EditionLoader(), source, problems);
    }

    static EditionLoader.Loaded loadAndCheck(EditionLoader loader, Path source, List<Problem> problems) {
        EditionLoader.Loaded loaded = loader.load(source);
        problems.addAll(problems(loaded));
        return loaded;
    }

    /** The plan of a loaded edition's site, with its translations. */
    static SitePlan plan(EditionLoader.Loaded loaded) {
        return SitePlan.of(loaded.edition(), loaded.translations());
    }

    /** The templates and interface words of each language of an edition ("" for its first). */
    static Map<String, Templates> templates(EditionLoader.Loaded loaded) {
        Map<String, Templates> templates = new LinkedHashMap<>();
        templates.put("", Templates.of(loaded.edition()));
        loaded.translations().forEach((language, edition) -> templates.put(language, Templates.of(edition)));
        return templates;
    }

    /**
     * Every problem of a loaded edition: those found while loading, then the checks. Checks run even after
     * loading errors, so that one run reports every problem; the files that failed are named, so that no check
     * repeats their problem as a consequence. {@code build}, {@code check} and {@code serve} all report these.
     */
    static List<Problem> problems(EditionLoader.Loaded loaded) {
        return problems(loaded, Checks.Memo.NONE);
    }

    /** As above, each programme's checks answered by {@code memo} where it remembers them. */
    static List<Problem> problems(EditionLoader.Loaded loaded, Checks.Memo memo) {
        return problems(loaded, memo, null);
    }

    /** As above, the stories' links checked against {@code links} when not null ({@link Checks#run}). */
    static List<Problem> problems(EditionLoader.Loaded loaded, Checks.Memo memo, Checks.Links links) {
        List<Problem> problems = new ArrayList<>(loaded.problems());
        // A dataset's checks name it by its CSV file; a broken workbook stands for the CSV it replaces.
        Set<String> broken = loaded.problems().stream().filter(Problem::isError).map(p -> p.position().file())
                .flatMap(f -> f.startsWith("content/data/") && f.endsWith(".xlsx")
                        ? Stream.of(f, f.replaceFirst("\\.xlsx$", ".csv")) : Stream.of(f))
                .collect(Collectors.toSet());
        if (!broken.contains(EditionLoader.SITE_FILE)) {
            problems.addAll(Checks.run(loaded.edition(), loaded.translations(), broken, memo, links));
        }
        return problems;
    }

    /**
     * The files a render made, the interface words each page read while it rendered and the photos each output showed
     * (by path).
     */
    record Rendered(List<OutputFile> files, Map<String, Set<String>> wordsRead, Map<String, Set<String>> photosShown) {
    }

    /**
     * Renders {@code outputs} of the plan of a checked edition with {@code templates} (made for it, or for an earlier
     * state of it with the same templates and language). A template failure becomes a problem; images are resized
     * in BUILD mode and only inspected in CHECK mode. When {@code pageSink} is not null, web pages go to it as they
     * are made instead of the result.
     */
    static Rendered render(EditionLoader.Loaded loaded, Map<String, Templates> templates, SitePlan plan,
                           Collection<SitePlan.Output> outputs, Progress progress, ImageVariants.Mode mode,
                           Consumer<OutputFile> pageSink, List<Problem> problems) {
        ComponentRenderer components = new DataComponents();
        ImageVariants images = new ImageVariants(loaded.edition(), mode); // one image stage: every language shows the same photos
        Map<String, List<SitePlan.Output>> byLanguage = new LinkedHashMap<>();
        outputs.forEach(o -> byLanguage.computeIfAbsent(o.language(), l -> new ArrayList<>()).add(o));
        List<OutputFile> files = new ArrayList<>();
        Map<String, Set<String>> words = new HashMap<>();
        Map<String, Set<String>> photos = new HashMap<>();
        try {
            for (Map.Entry<String, List<SitePlan.Output>> language : byLanguage.entrySet()) {
                Edition edition = language.getKey().isEmpty() ? loaded.edition() : loaded.translations().get(language.getKey());
                SiteRenderer renderer = new SiteRenderer(edition, Resolver.resolve(edition), components,
                        templates.get(language.getKey()), images).reportingTo(progress);
                if (pageSink != null) {
                    renderer.sendingPagesTo(pageSink);
                }
                files.addAll(renderer.render(plan, language.getValue()));
                problems.addAll(renderer.problems());
                words.putAll(renderer.wordsRead());
                photos.putAll(renderer.photosShown());
            }
            // raster images are never copied: resized and cleaned of metadata, in the sizes the rendered pages use
            boolean allImages = outputs.stream().anyMatch(o -> o.kind() == SitePlan.Kind.IMAGE);
            files.addAll(allImages ? images.files() : images.usedFiles());
            problems.addAll(images.problems());
            return new Rendered(files, words, photos);
        } catch (Templates.TemplateFailure e) {
            problems.add(Problem.error(new Position(e.file(), e.line(), 0), "template error: " + e.getMessage()));
            return new Rendered(List.of(), Map.of(), Map.of());
        }
    }

    private static void refuseOutputOnSources(Path source, Path output, List<Problem> problems) {
        Path src = real(source);
        Path out = real(output);
        String where = output.toString();
        if (out.equals(src)) {
            problems.add(Problem.error(Position.of(where), "the output folder is the edition folder itself; a build would replace your sources. Choose another folder, e.g. --output _site"));
        } else if (src.startsWith(out)) {
            problems.add(Problem.error(Position.of(where), "the output folder contains the edition's sources; a build would replace them. Choose another folder, e.g. --output _site"));
        } else {
            for (String kept : Stream.concat(EditionLoader.FOLDERS.stream(), Stream.of(EditionLoader.SITE_FILE)).toList()) {
                if (out.startsWith(src.resolve(kept))) {
                    problems.add(Problem.error(Position.of(where), "the output folder is inside the edition's " + kept
                            + "; choose a folder outside it, e.g. --output _site"));
                }
            }
        }
        if (problems.isEmpty()) {
            try {
                if (!Publisher.isReplaceable(out)) {
                    problems.add(Problem.error(Position.of(where), "the output folder is not empty and was not written by Tessera; "
                            + "choose a new or empty folder so nothing of yours is replaced"));
                }
            } catch (IOException e) {
                problems.add(Problem.error(Position.of(where), "cannot read the output folder: " + e.getMessage()));
            }
        }
    }

    /** The real location of a path, resolving links in the part that exists. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    static boolean failed(List<Problem> problems, boolean strict) {
        return problems.stream().anyMatch(p -> p.isError() || strict);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
