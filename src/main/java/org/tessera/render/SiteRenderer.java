package org.tessera.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.tessera.model.Component;
import org.tessera.model.Dataset;
import org.tessera.model.Edition;
import org.tessera.model.Page;
import org.tessera.model.Problem;
import org.tessera.model.Programme;
import org.tessera.model.SitePaths;
import org.tessera.model.Story;
import org.tessera.render.component.TilesRenderer;
import org.tessera.render.component.WorldMap;
import org.tessera.render.brochure.BrochureRenderer;
import org.tessera.render.brochure.SiteCharts;
import org.tessera.render.image.ImageVariants;
import org.tessera.resolve.Figures;
import org.tessera.util.Background;

/** Renders a checked edition and its figures into the files of a website. */
public final class SiteRenderer {

    /** The stylesheet every page links; an edition's own assets/tessera.css replaces it. */
    static final String STYLESHEET = "assets/tessera.css";
    /** The built-in image for link previews (Open Graph), 1200 × 630: a mosaic of tiles in the palette's blues. */
    static final String SOCIAL_CARD = "assets/tessera-card.png";

    private final Edition edition;
    private final RenderContext base;
    private final Templates templates;
    private final MarkdownRenderer markdown;
    private final ComponentRenderer components;
    private final ImageVariants images;
    private final List<OutputFile> files = new ArrayList<>();
    private Consumer<OutputFile> pageSink;
    private final List<String> pages = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private Predicate<String> wanted = path -> true;
    private Progress progress = Progress.NONE;
    private int pagesDone;

    public SiteRenderer(Edition edition, Figures figures, ComponentRenderer components) {
        this(edition, figures, components, Templates.of(edition), new ImageVariants(edition, ImageVariants.Mode.BUILD));
    }

    /**
     * Renders with {@code templates} made before for the same edition (serve's rebuilds reuse their compiled forms)
     * and {@code images} as the image stage: shared with brochures, or in check mode when only checking.
     */
    public SiteRenderer(Edition edition, Figures figures, ComponentRenderer components, Templates templates,
                        ImageVariants images) {
        this.edition = edition;
        this.images = images;
        Messages messages = templates.messages();
        this.base = new RenderContext(edition, figures, messages, new Formats(edition.site().language(), messages), "");
        this.templates = templates;
        this.markdown = new MarkdownRenderer(edition.site().allowHtml(), images::responsive);
        this.components = components;
    }

    /** Reports each page rendered to {@code progress}. */
    public SiteRenderer reportingTo(Progress listener) {
        this.progress = listener;
        return this;
    }

    /**
     * Hands each web page to {@code sink} as soon as it is rendered instead of returning it from
     * {@link #render()}: a build writes pages into its staging folder at once rather than holding a large
     * edition's pages in memory. Files that brochures read back (stylesheets, photos, print pages) are still
     * returned.
     */
    public SiteRenderer sendingPagesTo(Consumer<OutputFile> sink) {
        this.pageSink = sink;
        return this;
    }

    /**
     * Only the files at {@code paths} (inside the site, e.g. {@code programmes/tajikistan/index.html}) of those
     * {@link #render()} makes: what {@code serve} rebuilds after a change. Paths the site does not have are ignored.
     */
    public List<OutputFile> render(Set<String> paths) {
        wanted = paths::contains;
        return render();
    }

    /**
     * Every file of the site: pages, data, search files, the stylesheet and the edition's assets. The brochures,
     * print pages and PDFs, are made on a thread of their own while the web pages render: besides the model they
     * need only the edition's assets, which are listed first.
     */
    public List<OutputFile> render() {
        BrochureRenderer brochures = new BrochureRenderer(edition, base, templates, components, new SiteCharts(), images, wanted);
        staticAssets();
        Background<List<OutputFile>> brochureFiles = brochures(brochures, new SiteFiles(files));
        Background<List<OutputFile>> exports = Background.start("tessera-exports", this::dataExports);
        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job("", this::home));
        if (!authored("programmes")) {
            jobs.add(new Job("programmes/", this::programmes));
        }
        for (Programme programme : edition.programmes()) {
            jobs.add(new Job(programmePath(programme), () -> programme(programme)));
        }
        for (String place : PlaceView.places(edition)) {
            jobs.add(new Job(SitePaths.place(place), () -> place(place)));
        }
        for (TaxonomyView.Term term : TaxonomyView.terms(edition)) {
            jobs.add(new Job(term.path(), () -> term(term)));
        }
        for (TaxonomyView.Kind kind : TaxonomyView.Kind.values()) {
            if (!authored(kind.slug())) {
                jobs.add(new Job(kind.index(), () -> taxonomy(kind)));
            }
        }
        if (!authored("countries")) {
            jobs.add(new Job(SitePaths.COUNTRIES, this::countries));
        }
        renderInParallel(jobs);
        for (Page page : edition.pages()) {
            page(page);
        }
        if (!authored("donors")) {
            base.figures().donors().ifPresent(d -> donors());
        }
        if (!authored("data")) {
            data();
        }
        notFound();
        write("sitemap.xml", SearchFiles.sitemap(edition.site(), pages));
        write("robots.txt", SearchFiles.robots(edition.site()));
        files.addAll(exports.join());
        files.addAll(images.files()); // raster images are never copied: resized and cleaned of metadata
        files.addAll(brochureFiles.join());
        problems.addAll(brochures.problems());
        return List.copyOf(files);
    }

    /**
     * Starts rendering the brochures on a thread of their own: their print pages, with the stylesheet, fonts and
     * print-sized photos they share, then their PDFs, unless only checking (laying out PDFs checks no content).
     * The PDFs read the edition's assets from {@code site}.
     */
    private Background<List<OutputFile>> brochures(BrochureRenderer brochures, SiteFiles site) {
        if (edition.site().brochures().isEmpty()) {
            return Background.done(List.of());
        }
        boolean pdfs = images.mode() == ImageVariants.Mode.BUILD;
        return Background.start("tessera-brochures", () -> {
            List<OutputFile> made = new ArrayList<>(brochures.printPages());
            if (pdfs) {
                made.addAll(brochures.pdfs(site::bytes));
            }
            return made;
        });
    }

    private OutputFile.Written home() {
        RenderContext ctx = base.atRoot("");
        Map<String, Object> c = Layout.context(ctx, "", "", "");
        c.put("headline", TilesRenderer.headlines(ctx));
        c.put("stories", edition.programmes().stream().filter(p -> p.story().isPresent())
                .map(p -> ProgrammeView.card(p, ctx)).toList());
        c.put("pages", edition.pages().stream().map(p -> Map.of("href", ctx.root() + p.slug() + "/", "title", p.title(),
                "summary", p.story().summary().orElse(""))).toList());
        Map<String, Integer> counts = PlaceView.countsByCountry(edition);
        c.put("map", counts.isEmpty() ? "" : WorldMap.html(counts, ctx));
        c.put("cover", edition.site().cover().map(h -> Heroes.view(h, ctx, images)).orElse(null));
        return render("", "home", c);
    }

    private OutputFile.Written programmes() {
        RenderContext ctx = base.atRoot("../");
        Map<String, Object> c = Layout.context(ctx, "programmes/", ctx.messages().get("programmes.title"),
                ctx.messages().get("programmes.intro"));
        Map<String, List<Map<String, Object>>> byStatus = new LinkedHashMap<>();
        for (Programme.Status status : Programme.Status.values()) {
            List<Map<String, Object>> cards = edition.programmes().stream().filter(p -> p.status() == status)
                    .map(p -> ProgrammeView.card(p, ctx)).toList();
            if (!cards.isEmpty()) {
                byStatus.put(ctx.messages().get("programmes." + status.name().toLowerCase(java.util.Locale.ROOT)), cards);
            }
        }
        c.put("groups", byStatus);
        c.put("browse", TaxonomyView.browse(ctx));
        return render("programmes/", "programmes", c);
    }

    /** A page to render: its folder in the site and how to make it. */
    private record Job(String path, Supplier<OutputFile.Written> page) {
    }

    /**
     * The home, the programme list and the programme pages are most of a large edition: render them on all cores
     * and, when a build streams its pages, hand each to the sink as soon as it is made; list them in order. Pages
     * left out of a partial render are still listed for the sitemap.
     */
    private void renderInParallel(List<Job> jobs) {
        OutputFile.Written[] kept = new OutputFile.Written[jobs.size()];
        IntStream.range(0, jobs.size()).parallel().forEach(i -> {
            Job job = jobs.get(i);
            if (!wanted.test(job.path() + "index.html")) {
                return;
            }
            OutputFile.Written page = job.page().get();
            if (pageSink != null) {
                pageSink.accept(page);
                rendered();
            } else {
                kept[i] = page;
            }
        });
        for (int i = 0; i < kept.length; i++) {
            pages.add(jobs.get(i).path());
            if (kept[i] != null) {
                add(kept[i]);
                rendered();
            }
        }
    }

    private static String programmePath(Programme programme) {
        return SitePaths.programme(programme.id());
    }

    private OutputFile.Written programme(Programme programme) {
        RenderContext ctx = base.atRoot("../../");
        String summary = programme.story().flatMap(Story::summary).orElse(programme.title());
        Map<String, Object> c = Layout.context(ctx, programmePath(programme), programme.title(), summary);
        c.put("programme", ProgrammeView.card(programme, ctx));
        c.put("facts", ProgrammeView.facts(programme, ctx));
        c.put("markerScales", ProgrammeView.markerScales(programme, ctx));
        programme.hero().or(() -> programme.story().flatMap(Story::hero)).ifPresent(h -> Layout.socialImage(c, edition.site(), h, images));
        c.put("budget", programme.budget().map(b -> ProgrammeView.money(b, ctx)).orElse(null));
        c.put("received", programme.received().map(r -> ProgrammeView.money(r, ctx)).orElse(null));
        c.put("hero", programme.hero().or(() -> programme.story().flatMap(Story::hero)).map(h -> Heroes.view(h, ctx, images)).orElse(null));
        c.put("story", programme.story().map(s -> story(s, ctx)).orElse(""));
        c.put("results", ResultsFramework.groups(edition.indicatorsOf(programme.id()), ctx));
        c.put("assessment", programme.humanRightsAssessment().isEmpty() ? null : ProgrammeView.assessment(programme, ctx));
        c.put("programmeBrochures", brochuresHolding("programme", programme.id(), ctx));
        return render(programmePath(programme), "programme", c);
    }

    private void page(Page page) {
        if (skipped(page.slug() + "/")) {
            return;
        }
        RenderContext ctx = base.atRoot("../");
        Map<String, Object> c = Layout.context(ctx, page.slug() + "/", page.title(), page.story().summary().orElse(""));
        c.put("summary", page.story().summary().orElse(""));
        c.put("hero", page.story().hero().map(h -> Heroes.view(h, ctx, images)).orElse(null));
        c.put("body", story(page.story(), ctx));
        c.put("pageBrochures", brochuresHolding("page", page.slug(), ctx));
        page.story().hero().ifPresent(h -> Layout.socialImage(c, edition.site(), h, images));
        page(page.slug() + "/", "page", c);
    }

    private OutputFile.Written place(String place) {
        String path = SitePaths.place(place);
        RenderContext ctx = base.atRoot("../../");
        Map<String, Object> c = Layout.context(ctx, path, PlaceView.name(place, ctx), "");
        c.put("place", PlaceView.view(place, ctx));
        return render(path, "place", c);
    }

    private OutputFile.Written term(TaxonomyView.Term term) {
        RenderContext ctx = base.atRoot("../../");
        Map<String, Object> c = Layout.context(ctx, term.path(), TaxonomyView.title(term, ctx), "");
        c.put("place", TaxonomyView.page(term, ctx));
        return render(term.path(), "place", c);
    }

    private OutputFile.Written taxonomy(TaxonomyView.Kind kind) {
        RenderContext ctx = base.atRoot("../");
        Map<String, Object> c = Layout.context(ctx, kind.index(), ctx.messages().get("taxonomy." + kind.slug() + ".title"),
                ctx.messages().get("taxonomy." + kind.slug() + ".intro"));
        c.put("taxonomy", TaxonomyView.index(kind, ctx));
        return render(kind.index(), "taxonomy", c);
    }

    private OutputFile.Written countries() {
        RenderContext ctx = base.atRoot("../");
        Map<String, Object> c = Layout.context(ctx, SitePaths.COUNTRIES, ctx.messages().get("countries.title"),
                ctx.messages().get("countries.intro"));
        c.put("map", WorldMap.html(PlaceView.countsByCountry(edition), ctx));
        c.put("regions", PlaceView.regions(ctx));
        return render(SitePaths.COUNTRIES, "countries", c);
    }

    private void donors() {
        if (skipped("donors/")) {
            return;
        }
        RenderContext ctx = base.atRoot("../");
        Map<String, Object> c = Layout.context(ctx, "donors/", ctx.messages().get("donors.title"), ctx.messages().get("donors.intro"));
        c.put("donors", DonorsView.view(ctx, components));
        page("donors/", "donors", c);
    }

    /** Every dataset as CSV and JSON, made on a thread of its own while the pages render. */
    private List<OutputFile> dataExports() {
        List<OutputFile> exports = new ArrayList<>();
        for (Dataset data : edition.datasets().values()) {
            String csv = SitePaths.dataset(data.name(), "csv");
            String json = SitePaths.dataset(data.name(), "json");
            if (wanted.test(csv)) { // exports of a large dataset are costly; make only those asked for
                exports.add(new OutputFile.Written(csv, DataExport.csv(data)));
            }
            if (wanted.test(json)) {
                exports.add(new OutputFile.Written(json, DataExport.json(data)));
            }
        }
        return exports;
    }

    private void data() {
        RenderContext ctx = base.atRoot("../");
        Map<String, Object> c = Layout.context(ctx, "data/", ctx.messages().get("data.title"), ctx.messages().get("data.intro"));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Dataset data : edition.datasets().values()) {
            list.add(Map.of("name", data.name(), "title", data.title(), "rows", ctx.formats().number(
                            java.math.BigDecimal.valueOf(data.rows().size())),
                    "publisher", data.source().publisher(),
                    "asOf", data.source().asOf().map(a -> ctx.messages().format("data.as_of", a)).orElse(""),
                    "url", data.source().url().orElse(""),
                    "csv", data.name() + ".csv", "json", data.name() + ".json"));
        }
        c.put("datasets", list);
        page("data/", "data", c);
    }

    private void notFound() {
        if (!wanted.test("404.html")) {
            return;
        }
        // Served at any address, so its links start from the site's base path rather than a relative root.
        RenderContext ctx = base.atRoot(edition.site().basePath());
        Map<String, Object> c = Layout.context(ctx, "404.html", ctx.messages().get("notfound.title"), "");
        write("404.html", templates.render("404", c).getBytes(StandardCharsets.UTF_8));
    }

    private String story(Story story, RenderContext page) {
        RenderContext ctx = page.forStory(story);
        Map<Integer, Component> byLine = new LinkedHashMap<>();
        story.components().forEach(component -> byLine.put(component.at().line(), component));
        return markdown.render(story,
                line -> Optional.ofNullable(byLine.get(line)).map(comp -> components.render(comp, ctx)).orElse(""),
                code -> InlineValues.render(code, ctx), ctx.root());
    }

    private List<Map<String, Object>> brochuresHolding(String kind, String ref, RenderContext ctx) {
        List<Map<String, Object>> all = Layout.brochures(ctx);
        List<Map<String, Object>> holding = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            boolean holds = edition.site().brochures().get(i).contents().stream()
                    .anyMatch(item -> item.kind().word().equals(kind) && item.ref().equals(ref));
            if (holds) {
                holding.add(all.get(i));
            }
        }
        return holding;
    }

    /** Whether the author wrote a page where Tessera would make a section: the author's page wins (a warning says so). */
    private boolean authored(String slug) {
        return edition.page(slug).isPresent();
    }

    /** Whether a page is left out of a partial render; it is still listed in the sitemap. */
    private boolean skipped(String path) {
        if (wanted.test(path + "index.html")) {
            return false;
        }
        pages.add(path);
        return true;
    }

    private void page(String path, String template, Map<String, Object> context) {
        record(render(path, template, context));
    }

    /** Renders a page without recording it, so that pages can be rendered on several threads. */
    private OutputFile.Written render(String path, String template, Map<String, Object> context) {
        return new OutputFile.Written(path + "index.html", templates.render(template, context).getBytes(StandardCharsets.UTF_8));
    }

    /** Records a rendered page: listed in the sitemap, written, counted in the progress. */
    private void record(OutputFile.Written page) {
        pages.add(page.path().substring(0, page.path().length() - "index.html".length()));
        if (pageSink != null && wanted.test(page.path())) {
            pageSink.accept(page);
        } else {
            add(page);
        }
        rendered();
    }

    /** Counts a page in the progress; pages are rendered on several threads. */
    private synchronized void rendered() {
        progress.update("render", ++pagesDone, 3 + edition.programmes().size() + edition.pages().size()
                + (edition.hasDonors() ? 1 : 0));
    }

    private void write(String path, byte[] bytes) {
        add(new OutputFile.Written(path, bytes));
    }

    private void add(OutputFile file) {
        if (wanted.test(file.path())) {
            files.add(file);
        }
    }

    /** The stylesheet, icons and the edition's assets but its raster images, which pages resize as they use them. */
    private void staticAssets() {
        boolean ownStylesheet = edition.assets().contains(STYLESHEET);
        if (!ownStylesheet) {
            add(new OutputFile.Written(STYLESHEET, Resources.stylesheet("static/tessera.css", edition.site().theme())));
        }
        add(new OutputFile.Written("assets/tessera-icon.svg", Resources.bytes("static/tessera-icon.svg")));
        add(new OutputFile.Written(SOCIAL_CARD, Resources.bytes("static/tessera-card.png")));
        for (String asset : edition.assets()) {
            if (!edition.images().containsKey(asset)) {
                add(new OutputFile.Copied(asset, edition.root().resolve(asset)));
            }
        }
    }

    /** Problems found while rendering: images that turned out damaged when decoded, brochures that could not be laid out. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(images.problems());
        all.addAll(problems);
        return all;
    }
}
