package org.tessera;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tessera.load.EditionLoader;
import org.tessera.load.ParseCache;
import org.tessera.model.Edition;
import org.tessera.model.PlanInputs;
import org.tessera.model.Problem;
import org.tessera.model.SitePlan;
import org.tessera.render.Messages;
import org.tessera.render.OutputFile;
import org.tessera.render.Progress;
import org.tessera.render.Templates;
import org.tessera.render.image.ImageVariants;

/**
 * An edition built into memory and kept up to date, the pipeline behind {@code serve}. After a change the edition
 * is loaded again, parsing only the files whose text changed, and checked whole; then the outputs of the plan of the
 * site whose inputs changed are made again: what each reads from the model (compared with what it read before), its
 * template, the interface words it read while rendering, and the edition's assets. Brochures, their PDFs and their
 * print pages (a whole brochure's worth of HTML each), are made when first asked for, never on the way to the
 * reload, so what is served is always current. A change that breaks the edition leaves the last good site in place.
 * Nothing is written to disk.
 */
public final class LiveBuild {

    /**
     * What one build did.
     *
     * @param good     the site now reflects the edition (no error); otherwise the last good site is kept
     * @param rendered the files rendered: all of them after a full build, only the affected ones otherwise
     * @param full     whether every output of the site was made again
     */
    public record Outcome(List<Problem> problems, boolean good, int rendered, boolean full, long millis) {
    }

    /** The last good state: the edition, its plan, what each output read, and the files made from them. */
    private record State(EditionLoader.Loaded loaded, SitePlan plan, Map<String, List<Object>> inputs,
                         Map<String, Set<String>> words, Map<String, Set<String>> photos, Map<String, Templates> templates) {
    }

    private final Path source;
    private final ParseCache cache = new ParseCache();
    private final Set<String> pending = new TreeSet<>(); // changed since the last good build
    private State last;
    private volatile Map<String, OutputFile> files = Map.of();
    /** Brochures (PDFs and print pages) whose inputs changed, made when first asked for rather than on every save. */
    private final Set<String> deferred = new TreeSet<>();
    private final List<Problem> pdfProblems = new ArrayList<>();
    private volatile String basePath = "/";
    /** Every word of each set of interface words in use, read once per set (by identity). */
    private final Map<Messages, Map<String, String>> messages = new java.util.IdentityHashMap<>();

    public LiveBuild(Path source) {
        this.source = source;
    }

    /** Loads and renders the whole edition. */
    public synchronized Outcome build() {
        return update(Set.of(), true);
    }

    /**
     * Applies a change to {@code changed} files (relative to the edition folder, '/'-separated): loads the edition
     * again and makes the outputs whose inputs changed.
     */
    public synchronized Outcome rebuild(Set<String> changed) {
        return update(changed, last == null);
    }

    private Outcome update(Set<String> changed, boolean full) {
        long start = System.nanoTime();
        pending.addAll(changed);
        EditionLoader.Loaded loaded = new EditionLoader(cache).load(source);
        List<Problem> problems = Tessera.problems(loaded);
        if (hasError(problems)) {
            return new Outcome(problems, false, 0, full, elapsed(start));
        }
        Edition edition = loaded.edition();
        boolean newTemplates = full || pending.contains("site.yml") || pending.stream().anyMatch(f -> f.startsWith("templates/"));
        Map<String, Templates> templates = newTemplates ? Tessera.templates(loaded) : last.templates();
        SitePlan plan = Tessera.plan(loaded);
        Map<String, List<Object>> inputs = new PlanInputs(edition, loaded.translations()).of(plan);
        Set<SitePlan.Output> stale = full ? new LinkedHashSet<>(plan.outputs()) : stale(edition, plan, inputs, templates);
        boolean everything = full || stale.size() == plan.outputs().size()
                || stale.stream().anyMatch(o -> o.kind() == SitePlan.Kind.IMAGE)
                || last.plan().of(SitePlan.Kind.IMAGE).stream().anyMatch(o -> plan.at(o.path()).isEmpty());
        if (everything) {
            stale = new LinkedHashSet<>(plan.outputs()); // the photos' sizes follow from every page: make them all again
        }
        Tessera.Rendered rendered = renderWeb(loaded, templates, plan, stale, problems);
        Map<String, Set<String>> photos = StaleOutputs.shown(plan, everything ? Map.of() : last.photos(), rendered.photosShown());
        if (!everything && StaleOutputs.showsOtherPhotos(last.photos(), photos) && !hasError(problems)) {
            everything = true; // which files of its photos the site has follows from every output: make them all
            stale = new LinkedHashSet<>(plan.outputs());
            rendered = renderWeb(loaded, templates, plan, stale, problems);
            photos = rendered.photosShown();
        }
        List<SitePlan.Output> later = stale.stream().filter(o -> isLater(o, plan)).toList();
        if (hasError(problems)) {
            return new Outcome(problems, false, 0, full, elapsed(start));
        }
        Map<String, OutputFile> site = everything ? new HashMap<>() : new HashMap<>(files);
        if (!everything) {
            last.plan().outputs().stream().filter(o -> plan.at(o.path()).isEmpty()).forEach(o -> site.remove(o.path()));
        }
        rendered.files().forEach(f -> site.put(f.path(), f));
        Map<String, Set<String>> words = everything ? new HashMap<>() : new HashMap<>(last.words());
        words.keySet().retainAll(inputs.keySet());
        words.putAll(rendered.wordsRead());
        if (everything) {
            deferred.clear();
        }
        later.forEach(o -> deferred.add(o.path()));
        deferred.retainAll(inputs.keySet());
        last = new State(loaded, plan, inputs, Map.copyOf(words), Map.copyOf(photos), templates);
        messages.keySet().retainAll(templates.values().stream().map(Templates::messages).toList());
        pending.clear();
        basePath = edition.site().basePath();
        files = Collections.unmodifiableMap(new LinkedHashMap<>(site));
        return new Outcome(problems, true, rendered.files().size(), everything, elapsed(start));
    }

    /** The web outputs among {@code stale}, made now; brochures wait until they are asked for ({@link #isLater}). */
    private static Tessera.Rendered renderWeb(EditionLoader.Loaded loaded, Map<String, Templates> templates, SitePlan plan,
                                              Set<SitePlan.Output> stale, List<Problem> problems) {
        return Tessera.render(loaded, templates, plan, stale.stream().filter(o -> !isLater(o, plan)).toList(), Progress.NONE,
                ImageVariants.Mode.BUILD, null, problems);
    }

    /** A brochure's print page or PDF (a citable copy of one too): made when first asked for. */
    private static boolean isLater(SitePlan.Output output, SitePlan plan) {
        return StaleOutputs.isBrochure(output) || plan.isPdf(output);
    }

    /** The outputs of {@code plan} that would come out differently from the ones made last time. */
    private Set<SitePlan.Output> stale(Edition edition, SitePlan plan, Map<String, List<Object>> inputs,
                                       Map<String, Templates> templates) {
        return new StaleOutputs(last.inputs(), last.words(), words(last.templates()))
                .of(plan, inputs, words(templates), pending, edition);
    }

    /** The interface words of each language; the same map while the templates are the same objects. */
    private Map<String, Map<String, String>> words(Map<String, Templates> templates) {
        Map<String, Map<String, String>> words = new HashMap<>();
        templates.forEach((language, t) -> words.put(language, messages.computeIfAbsent(t.messages(), Messages::words)));
        return words;
    }

    /**
     * The file of the last good site at {@code path} (inside the site, e.g. {@code programmes/index.html}); a brochure
     * a change reached (its PDF or print page) is made now, on its first request. Should its layout fail, the file
     * before the change is served and the problems go to {@code pdfProblems}.
     */
    public Optional<OutputFile> file(String path) {
        synchronized (this) {
            if (deferred.remove(path)) {
                layOut(path);
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
        List<Problem> problems = new ArrayList<>();
        Tessera.Rendered rendered = Tessera.render(last.loaded(), last.templates(), last.plan(), last.plan().at(pdf).stream().toList(),
                Progress.NONE, ImageVariants.Mode.BUILD, null, problems);
        pdfProblems.addAll(problems);
        if (!hasError(problems)) {
            Map<String, OutputFile> site = new HashMap<>(files);
            rendered.files().forEach(f -> site.put(f.path(), f));
            files = Collections.unmodifiableMap(new LinkedHashMap<>(site));
        }
    }

    /** The path the site is served under, from base_url; "/" until a build succeeds. */
    public String basePath() {
        return basePath;
    }

    /** Whether any build has succeeded, so there is a site to serve. */
    public boolean hasSite() {
        return !files.isEmpty();
    }

    /** The paths of the site as it stands: every file made, and the brochures still to be made on request. */
    public Set<String> paths() {
        Set<String> paths = new TreeSet<>(files.keySet());
        synchronized (this) {
            paths.addAll(deferred);
        }
        return paths;
    }

    private static boolean hasError(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
