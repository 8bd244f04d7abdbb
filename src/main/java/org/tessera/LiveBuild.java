package org.tessera;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tessera.load.EditionLoader;
import org.tessera.load.EditionReloader;
import org.tessera.model.Edition;
import org.tessera.model.Problem;
import org.tessera.render.AffectedOutputs;
import org.tessera.render.OutputFile;
import org.tessera.render.image.ImageVariants;
import org.tessera.render.Progress;
import org.tessera.render.Templates;

/**
 * An edition built into memory and kept up to date, the pipeline behind {@code serve}: after a change only the
 * changed files are read again and only the pages they affect are rendered. A change that breaks the edition
 * leaves the last good site in place. Nothing is written to disk.
 */
public final class LiveBuild {

    /**
     * What one build did.
     *
     * @param good     the site now reflects the edition (no error); otherwise the last good site is kept
     * @param rendered the files rendered: all of them after a full build, only the affected ones otherwise
     * @param full     whether the whole edition was loaded and rendered
     */
    public record Outcome(List<Problem> problems, boolean good, int rendered, boolean full, long millis) {
    }

    private final Path source;
    private final EditionReloader reloader = new EditionReloader();
    private final Set<String> pending = new TreeSet<>(); // changed since the last good build
    private EditionLoader.Loaded lastGood;
    private Templates templates; // compiled once per full build; a change to templates/ or site.yml is a full build
    private volatile Map<String, OutputFile> files = Map.of();
    /** Brochure PDFs a change reached, laid out when first asked for rather than on every save (they take longest). */
    private final Set<String> stalePdfs = new TreeSet<>();
    private final List<Problem> pdfProblems = new java.util.ArrayList<>();
    private volatile String basePath = "/";

    public LiveBuild(Path source) {
        this.source = source;
    }

    /** Loads and renders the whole edition. */
    public synchronized Outcome build() {
        long start = System.nanoTime();
        EditionLoader.Loaded loaded = new EditionLoader().load(source);
        List<Problem> problems = Tessera.problems(loaded);
        if (hasError(problems)) {
            return new Outcome(problems, false, 0, true, elapsed(start));
        }
        Templates fresh = Templates.of(loaded.edition());
        List<OutputFile> rendered = Tessera.render(loaded.edition(), fresh, Optional.empty(), Progress.NONE, ImageVariants.Mode.BUILD, problems);
        if (hasError(problems)) {
            return new Outcome(problems, false, 0, true, elapsed(start));
        }
        templates = fresh;
        stalePdfs.clear(); // a full build lays out every PDF
        Map<String, OutputFile> site = new HashMap<>();
        rendered.forEach(f -> site.put(f.path(), f));
        accept(loaded, site);
        return new Outcome(problems, true, rendered.size(), true, elapsed(start));
    }

    /**
     * Applies a change to {@code changed} files (relative to the edition folder, '/'-separated): reads them
     * again and renders what they affect, or everything when the change reaches further.
     */
    public synchronized Outcome rebuild(Set<String> changed) {
        if (lastGood == null) {
            return build();
        }
        long start = System.nanoTime();
        pending.addAll(changed);
        Optional<EditionLoader.Loaded> reloaded = reloader.reload(lastGood, pending);
        if (reloaded.isEmpty()) {
            return build();
        }
        Edition edition = reloaded.get().edition();
        List<Problem> problems = Tessera.problems(reloaded.get());
        if (hasError(problems)) {
            return new Outcome(problems, false, 0, false, elapsed(start));
        }
        Optional<Set<String>> affected = AffectedOutputs.of(lastGood.edition(), edition, pending);
        if (affected.isEmpty()) {
            return build();
        }
        Set<String> pdfs = affected.get().stream().filter(LiveBuild::isPdf).collect(java.util.stream.Collectors.toSet());
        Set<String> now = affected.get().stream().filter(p -> !isPdf(p)).collect(java.util.stream.Collectors.toSet());
        List<OutputFile> rendered = Tessera.render(edition, templates, Optional.of(now), Progress.NONE, ImageVariants.Mode.BUILD, problems);
        if (hasError(problems)) {
            return new Outcome(problems, false, 0, false, elapsed(start));
        }
        Map<String, OutputFile> site = new HashMap<>(files);
        rendered.forEach(f -> site.put(f.path(), f));
        accept(reloaded.get(), site);
        stalePdfs.addAll(pdfs);
        return new Outcome(problems, true, rendered.size(), false, elapsed(start));
    }

    /**
     * The file of the last good site at {@code path} (inside the site, e.g. {@code programmes/index.html}); a brochure
     * PDF a change reached is laid out now, on its first request. Should its layout fail, the PDF before the change
     * is served and the problems go to {@code pdfProblems}.
     */
    public Optional<OutputFile> file(String path) {
        if (isPdf(path)) {
            synchronized (this) {
                if (stalePdfs.remove(path)) {
                    layOut(path);
                }
            }
        }
        return Optional.ofNullable(files.get(path));
    }

    /** Problems found laying out the PDFs requested since the last call: the preview shows them like any others. */
    public synchronized List<Problem> takePdfProblems() {
        List<Problem> taken = List.copyOf(pdfProblems);
        pdfProblems.clear();
        return taken;
    }

    private void layOut(String pdf) {
        List<Problem> problems = new java.util.ArrayList<>();
        List<OutputFile> rendered = Tessera.render(lastGood.edition(), templates, Optional.of(Set.of(pdf)), Progress.NONE,
                ImageVariants.Mode.BUILD, problems);
        pdfProblems.addAll(problems);
        if (!hasError(problems)) {
            Map<String, OutputFile> site = new HashMap<>(files);
            rendered.forEach(f -> site.put(f.path(), f));
            files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(site));
        }
    }

    private static boolean isPdf(String path) {
        return path.startsWith("brochures/") && path.endsWith(".pdf");
    }

    /** The path the site is served under, from base_url; "/" until a build succeeds. */
    public String basePath() {
        return basePath;
    }

    /** Whether any build has succeeded, so there is a site to serve. */
    public boolean hasSite() {
        return !files.isEmpty();
    }

    /** The paths of the last good site, for tests and tools. */
    public Set<String> paths() {
        return new TreeSet<>(files.keySet());
    }

    private void accept(EditionLoader.Loaded loaded, Map<String, OutputFile> site) {
        lastGood = loaded;
        pending.clear();
        basePath = loaded.edition().site().basePath();
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(site));
    }

    private static boolean hasError(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
