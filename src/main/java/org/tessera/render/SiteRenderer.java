package org.tessera.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Set;
import org.tessera.model.Component;
import org.tessera.model.Dataset;
import org.tessera.model.Edition;
import org.tessera.model.Page;
import org.tessera.model.Problem;
import org.tessera.model.Programme;
import org.tessera.model.SitePaths;
import org.tessera.model.SitePlan;
import org.tessera.model.Taxonomy;
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

    private final Edition edition;
    private final RenderContext base;
    private final Templates templates;
    private final MarkdownRenderer markdown;
    private final ComponentRenderer components;
    private final ImageVariants images;
    private final ChartPages charts;
    private final List<OutputFile> files = new ArrayList<>();
    private Consumer<OutputFile> pageSink;
    private final List<Problem> problems = new ArrayList<>();
    private final ArchivedCopies archived;
    /** The interface words each page read while it rendered, by path: a changed word re-renders only those pages. */
    private final Map<String, Set<String>> wordsRead = new java.util.concurrent.ConcurrentHashMap<>();
    /** The photos each output showed, by path: which of their files the site publishes follows from all of them. */
    private final Map<String, Set<String>> photosShown = new java.util.concurrent.ConcurrentHashMap<>();
    private SitePlan plan;
    private Progress progress = Progress.NONE;
    private int pagesDone;
    private int pagesPlanned;

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
        this.archived = new ArchivedCopies(edition);
        this.charts = new ChartPages(edition);
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

    /** Every file of the site. */
    public List<OutputFile> render(SitePlan plan) {
        return render(plan, plan.outputs());
    }

    /**
     * The files of {@code outputs}, entries of {@code plan}: all of them for a build, those whose inputs changed for
     * {@code serve}. The brochures, print pages and PDFs, are made on a thread of their own while the web pages
     * render: besides the model they need only the edition's assets, which are listed first. The photos, in the
     * sizes the pages use, are the image stage's to publish once every language's pages are rendered.
     */
    public List<OutputFile> render(SitePlan plan, Collection<SitePlan.Output> outputs) {
        this.plan = plan;
        Map<SitePlan.Kind, List<SitePlan.Output>> byKind = new EnumMap<>(SitePlan.Kind.class);
        outputs.forEach(o -> byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o));
        BrochureRenderer brochures = new BrochureRenderer(edition, base, templates, components, new SiteCharts(), images);
        List<SitePlan.Output> citable = byKind.getOrDefault(SitePlan.Kind.CITABLE, List.of());
        EditionsOverTime.sourcesOf(plan, citable).forEach(o -> byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o));
        for (SitePlan.Output output : outputs) {
            fixedFile(output, brochures).or(() -> output.kind() == SitePlan.Kind.ARCHIVED ? Optional.of(archived.make(output))
                    : Optional.empty()).ifPresent(this::add);
        }
        Background<List<OutputFile>> brochureFiles = brochures(brochures, byKind.getOrDefault(SitePlan.Kind.PRINT_PAGE, List.of()),
                byKind.getOrDefault(SitePlan.Kind.PDF, List.of()), new SiteFiles(files, edition));
        Background<List<OutputFile>> exports = Background.start("tessera-exports", () -> dataExports(
                byKind.getOrDefault(SitePlan.Kind.CSV, List.of()), byKind.getOrDefault(SitePlan.Kind.JSON, List.of())));
        List<SitePlan.Output> pages = outputs.stream().filter(o -> o.kind().isPage() || TEXT_FILES.contains(o.kind())
                || SEARCH_AND_CHART_FILES.contains(o.kind())).toList();
        pagesPlanned = pages.size();
        renderInParallel(pages);
        files.addAll(exports.join());
        files.addAll(brochureFiles.join());
        files.addAll(EditionsOverTime.copies(citable, files));
        problems.addAll(brochures.problems());
        photosShown.putAll(brochures.photosShown());
        return List.copyOf(files);
    }

    /** Outputs made from the plan and the edition's settings alone, rendered with the pages. */
    private static final Set<SitePlan.Kind> TEXT_FILES = Set.of(SitePlan.Kind.NOT_FOUND, SitePlan.Kind.SITEMAP, SitePlan.Kind.ROBOTS,
            SitePlan.Kind.MANIFEST);

    /** The search index and the charts' downloads, made from the model like pages and rendered with them. */
    private static final Set<SitePlan.Kind> SEARCH_AND_CHART_FILES = Set.of(SitePlan.Kind.SEARCH_INDEX, SitePlan.Kind.CHART_SVG,
            SitePlan.Kind.CHART_CSV);

    /** The photos each rendered page, print page and PDF showed, by its path. */
    public Map<String, Set<String>> photosShown() {
        return Map.copyOf(photosShown);
    }

    /** The interface words each rendered page read, by its path. */
    public Map<String, Set<String>> wordsRead() {
        return Map.copyOf(wordsRead);
    }

    /**
     * Starts rendering the brochures on a thread of their own: their print pages, with the print-sized photos they
     * use, then their PDFs, unless only checking (laying out PDFs checks no content). The PDFs read the edition's
     * assets from {@code site}.
     */
    private Background<List<OutputFile>> brochures(BrochureRenderer brochures, List<SitePlan.Output> printPages, List<SitePlan.Output> pdfs,
                                                   SiteFiles site) {
        if (printPages.isEmpty() && pdfs.isEmpty()) {
            return Background.done(List.of());
        }
        boolean layOut = images.mode() == ImageVariants.Mode.BUILD;
        return Background.start("tessera-brochures", () -> {
            List<OutputFile> made = new ArrayList<>(brochures.printPages(printPages));
            if (layOut) {
                made.addAll(brochures.pdfs(pdfs, site::bytes));
            }
            return made;
        });
    }

    /** How each page and text file of the plan is made. */
    private OutputFile.Written make(SitePlan.Output output) {
        String subject = output.subject();
        return switch (output.kind()) {
            case HOME -> home(output);
            case PROGRAMMES -> programmes(output);
            case PROGRAMME -> programme(output, edition.programme(subject).orElseThrow());
            case PLACE -> place(output);
            case TERM -> term(output);
            case TERMS -> taxonomy(output);
            case COUNTRIES -> countries(output);
            case PAGE -> page(output, edition.page(subject).orElseThrow());
            case DONORS -> donors(output);
            case DATA -> data(output);
            case NOT_FOUND -> notFound(output);
            case SITEMAP -> new OutputFile.Written(output.path(), SearchFiles.sitemap(edition.site(), plan.pages()));
            case ROBOTS -> new OutputFile.Written(output.path(), SearchFiles.robots(edition.site()));
            case MANIFEST -> new OutputFile.Written(output.path(), EditionsOverTime.manifest(edition));
            case CHANGES -> changes(output);
            case ARCHIVED_PAGE -> (OutputFile.Written) archived.make(output);
            case SEARCH -> search(output);
            case SEARCH_INDEX -> new OutputFile.Written(output.path(), SearchIndex.script(searchEntries(output), base.messages(),
                    output.subject().equals(SitePaths.SEARCH_INDEX_MORE)));
            case CHART -> chart(output);
            case CHART_SVG -> new OutputFile.Written(output.path(), charts.svg(subject, at(output)));
            case CHART_CSV -> new OutputFile.Written(output.path(), charts.csv(subject, at(output)));
            default -> throw new IllegalArgumentException("not a page: " + output);
        };
    }

    /** The context of a page at {@code output}: its links lead back to the roots from as deep as it is. */
    private RenderContext at(SitePlan.Output output) {
        return base.atRoot(output.languageRoot(), output.siteRoot());
    }

    private OutputFile.Written home(SitePlan.Output output) {
        RenderContext ctx = at(output);
        Map<String, Object> c = Layout.context(ctx, output.localAddress(), "", "");
        c.put("headline", TilesRenderer.headlines(ctx));
        c.put("stories", edition.programmes().stream().filter(p -> p.story().isPresent())
                .map(p -> ProgrammeView.card(p, ctx)).toList());
        c.put("pages", edition.pages().stream().map(p -> Map.of("href", ctx.root() + SitePaths.page(p.slug()), "title", p.title(),
                "summary", p.story().summary().orElse(""))).toList());
        Map<String, Integer> counts = PlaceView.countsByCountry(edition);
        c.put("map", counts.isEmpty() ? "" : WorldMap.html(counts, ctx));
        c.put("cover", edition.site().cover().map(h -> Heroes.view(h, ctx, images)).orElse(null));
        c.put("editions", EditionsOverTime.editions(ctx));
        c.put("changes", plan.of(SitePlan.Kind.CHANGES).stream().filter(o -> o.language().equals(output.language())).findFirst().flatMap(o -> edition.newestArchived().map(last -> Map.of(
                "href", ctx.siteRoot() + o.address(), "title", ctx.messages().format("changes.title", last.manifest().label())))).orElse(null));
        return render(output, c);
    }

    /** The "What changed since the last edition" page: this edition compared with the newest archived one. */
    private OutputFile.Written changes(SitePlan.Output output) {
        RenderContext ctx = at(output);
        org.tessera.model.ArchivedEdition last = edition.newestArchived().orElseThrow();
        String title = ctx.messages().format("changes.title", last.manifest().label());
        Map<String, Object> c = Layout.context(ctx, output.localAddress(), title, "");
        c.put("intro", ctx.messages().format("changes.intro", last.manifest().label(), ctx.formats().editionDate(last.manifest().info())));
        c.put("changes", org.tessera.compare.ChangesHtml.sections(EditionsOverTime.changesSince(edition, last), ctx.messages()::get, false));
        c.put("previous", ctx.siteRoot() + SitePaths.edition(last.slug()));
        return render(output, c);
    }

    private OutputFile.Written programmes(SitePlan.Output output) {
        RenderContext ctx = at(output);
        Map<String, Object> c = Layout.context(ctx, output.localAddress(), ctx.messages().get("programmes.title"),
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
        return render(output, c);
    }

    /**
     * The pages are most of a large edition: render them on all cores and, when a build streams its pages, hand
     * each to the sink as soon as it is made; otherwise list them in plan order. Each page's interface words are
     * recorded as it renders.
     */
    private void renderInParallel(List<SitePlan.Output> pages) {
        List<OutputFile.Written> kept = org.tessera.util.OnAllCores.map(pages, output -> {
            Set<String> words = java.util.concurrent.ConcurrentHashMap.newKeySet();
            Set<String> shown = new java.util.TreeSet<>();
            OutputFile.Written page = base.messages().recording(words, () -> images.recording(shown, () -> make(output)));
            wordsRead.put(output.path(), words);
            photosShown.put(output.path(), shown);
            rendered();
            if (pageSink != null) {
                pageSink.accept(page);
                return null;
            }
            return page;
        });
        kept.stream().filter(java.util.Objects::nonNull).forEach(files::add);
    }

    private OutputFile.Written programme(SitePlan.Output output, Programme programme) {
        RenderContext ctx = at(output);
        String summary = programme.story().flatMap(Story::summary).orElse(programme.title());
        Map<String, Object> c = Layout.context(ctx, output.localAddress(), programme.title(), summary);
        c.put("programme", ProgrammeView.card(programme, ctx));
        c.put("facts", ProgrammeView.facts(programme, ctx));
        c.put("markerScales", ProgrammeView.markerScales(programme, ctx));
        programme.hero().or(() -> programme.story().flatMap(Story::hero)).ifPresent(h -> Layout.socialImage(c, edition.site(), h, images));
        c.put("budget", programme.budget().map(b -> ProgrammeView.money(b, ctx)).orElse(null));
        c.put("received", programme.received().map(r -> ProgrammeView.money(r, ctx)).orElse(null));
        c.put("hero", programme.hero().or(() -> programme.story().flatMap(Story::hero)).map(h -> Heroes.view(h, ctx, images)).orElse(null));
        c.put("story", programme.story().map(s -> story(s, ctx)).orElse(""));
        programme.story().ifPresent(s -> c.put("translationNote", Layout.translationNote(ctx, s.language())));
        c.put("results", ResultsFramework.groups(edition.indicatorsOf(programme.id()), ctx));
        c.put("assessment", programme.humanRightsAssessment().isEmpty() ? null : ProgrammeView.assessment(programme, ctx));
        c.put("programmeBrochures", brochuresHolding("programme", programme.id(), ctx));
        return render(output, c);
    }

    private OutputFile.Written page(SitePlan.Output output, Page page) {
        RenderContext ctx = at(output);
        Map<String, Object> c = Layout.context(ctx, output.localAddress(), page.title(), page.story().summary().orElse(""));
        c.put("summary", page.story().summary().orElse(""));
        c.put("hero", page.story().hero().map(h -> Heroes.view(h, ctx, images)).orElse(null));
        c.put("body", story(page.story(), ctx));
        c.put("translationNote", Layout.translationNote(ctx, page.story().language()));
        c.put("pageBrochures", brochuresHolding("page", page.slug(), ctx));
        page.story().hero().ifPresent(h -> Layout.socialImage(c, edition.site(), h, images));
        return render(output, c);
    }

    private OutputFile.Written place(SitePlan.Output output) {
        String place = output.subject();
        RenderContext ctx = at(output);
        Map<String, Object> c = Layout.context(ctx, output.localAddress(), PlaceView.name(place, ctx), "");
        c.put("place", PlaceView.view(place, ctx));
        return render(output, c);
    }

    private OutputFile.Written term(SitePlan.Output output) {
        Taxonomy.Term term = Taxonomy.Term.of(output.subject());
        RenderContext ctx = at(output);
        Map<String, Object> c = Layout.context(ctx, output.localAddress(), TaxonomyView.title(term, ctx), "");
        c.put("place", TaxonomyView.page(term, ctx));
        return render(output, c);
    }

    private OutputFile.Written taxonomy(SitePlan.Output output) {
        Taxonomy kind = Taxonomy.valueOf(output.subject());
        RenderContext ctx = at(output);
        Map<String, Object> c = Layout.context(ctx, output.localAddress(), ctx.messages().get("taxonomy." + kind.slug() + ".title"),
                ctx.messages().get("taxonomy." + kind.slug() + ".intro"));
        c.put("taxonomy", TaxonomyView.index(kind, ctx));
        return render(output, c);
    }

    private OutputFile.Written countries(SitePlan.Output output) {
        RenderContext ctx = at(output);
        Map<String, Object> c = Layout.context(ctx, output.localAddress(), ctx.messages().get("countries.title"),
                ctx.messages().get("countries.intro"));
        c.put("map", WorldMap.html(PlaceView.countsByCountry(edition), ctx));
        c.put("regions", PlaceView.regions(ctx));
        return render(output, c);
    }

    private OutputFile.Written donors(SitePlan.Output output) {
        RenderContext ctx = at(output);
        Map<String, Object> c = Layout.context(ctx, output.localAddress(), ctx.messages().get("donors.title"), ctx.messages().get("donors.intro"));
        c.put("donors", DonorsView.view(ctx, components));
        return render(output, c);
    }

    /** The datasets' exports asked for, made on a thread of their own while the pages render. */
    private List<OutputFile> dataExports(List<SitePlan.Output> csv, List<SitePlan.Output> json) {
        List<OutputFile> exports = new ArrayList<>();
        csv.forEach(o -> exports.add(new OutputFile.Written(o.path(), DataExport.csv(edition.datasets().get(o.subject())))));
        json.forEach(o -> exports.add(new OutputFile.Written(o.path(), DataExport.json(edition.datasets().get(o.subject())))));
        return exports;
    }

    private OutputFile.Written data(SitePlan.Output output) {
        RenderContext ctx = at(output);
        Map<String, Object> c = Layout.context(ctx, output.localAddress(), ctx.messages().get("data.title"), ctx.messages().get("data.intro"));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Dataset data : edition.datasets().values()) {
            list.add(Map.of("name", data.name(), "title", data.title(), "rows", ctx.formats().number(
                            java.math.BigDecimal.valueOf(data.rows().size())),
                    "publisher", data.source().publisher(),
                    "asOf", data.source().asOf().map(a -> ctx.messages().format("data.as_of", a)).orElse(""),
                    "url", data.source().url().orElse(""),
                    "csv", ctx.siteRoot() + SitePaths.dataset(data.name(), "csv"), "json", ctx.siteRoot() + SitePaths.dataset(data.name(), "json")));
        }
        c.put("datasets", list);
        return render(output, c);
    }

    /** The list of every page of the language, where the search box leads without JavaScript. */
    private OutputFile.Written search(SitePlan.Output output) {
        RenderContext ctx = at(output);
        Map<String, Object> c = Layout.context(ctx, output.localAddress(), ctx.messages().get("search.title"),
                ctx.messages().get("search.intro"));
        Map<String, Object> groups = new LinkedHashMap<>();
        SearchIndex.pagesByKind(searchEntries(output)).forEach((kind, entries) -> groups.put(ctx.messages().get("search.kind." + kind),
                entries.stream().map(e -> Map.of("href", ctx.root() + e.href(), "title", e.title())).toList()));
        c.put("groups", groups);
        return render(output, c);
    }

    /** What the search of the output's language finds. */
    private List<SearchIndex.Entry> searchEntries(SitePlan.Output output) {
        RenderContext ctx = at(output);
        return SearchIndex.entries(plan, output.language(), ctx, charts.titles(ctx));
    }

    /** A chart's own page, to share or embed it. */
    private OutputFile.Written chart(SitePlan.Output output) {
        RenderContext ctx = at(output);
        Map<String, Object> view = charts.view(output.subject(), ctx);
        Map<String, Object> c = Layout.context(ctx, output.localAddress(), (String) view.get("title"), "");
        c.put("chart", view);
        return render(output, c);
    }

    private OutputFile.Written notFound(SitePlan.Output output) {
        // Served at any address, so its links start from the site's base path rather than a relative root.
        RenderContext ctx = base.atRoot(edition.site().basePath());
        Map<String, Object> c = Layout.context(ctx, output.localAddress(), ctx.messages().get("notfound.title"), "");
        return render(output, c);
    }

    private String story(Story story, RenderContext page) {
        RenderContext ctx = page.forStory(story);
        Map<Integer, Component> byLine = new LinkedHashMap<>();
        story.components().forEach(component -> byLine.put(component.at().line(), component));
        return markdown.render(story,
                line -> Optional.ofNullable(byLine.get(line)).map(comp -> comp instanceof org.tessera.model.Chart chart
                        ? charts.inStory(chart, ctx, components) : components.render(comp, ctx)).orElse(""),
                code -> InlineValues.render(code, ctx), ctx.root(), ctx.siteRoot());
    }

    private List<Map<String, Object>> brochuresHolding(String kind, String ref, RenderContext ctx) {
        List<Map<String, Object>> holding = new ArrayList<>();
        for (Map<String, Object> listed : Layout.brochures(ctx)) {
            boolean holds = edition.site().brochures().stream().filter(b -> b.id().equals(listed.get("id"))).findFirst()
                    .map(b -> b.contents().stream().anyMatch(item -> item.kind().word().equals(kind) && item.ref().equals(ref)))
                    .orElse(false);
            if (holds) {
                holding.add(listed);
            }
        }
        return holding;
    }

    private OutputFile.Written render(SitePlan.Output output, Map<String, Object> context) {
        String template = Templates.of(output.kind()).orElseThrow();
        return new OutputFile.Written(output.path(), templates.render(template, context).getBytes(StandardCharsets.UTF_8));
    }

    /** Counts a page in the progress; pages are rendered on several threads. */
    private synchronized void rendered() {
        progress.update("render", ++pagesDone, pagesPlanned);
    }

    private void add(OutputFile file) {
        files.add(file);
    }

    /**
     * A file made without the model's content: the stylesheets, icons and fonts Tessera ships, and the edition's
     * assets but its raster images, which pages resize as they use them.
     */
    private Optional<OutputFile> fixedFile(SitePlan.Output output, BrochureRenderer brochures) {
        String path = output.path();
        return switch (output.kind()) {
            case STYLESHEET -> Optional.of(new OutputFile.Written(path, Resources.stylesheet("static/tessera.css", edition.site().theme())));
            case ICON -> Optional.of(new OutputFile.Written(path, Resources.bytes("static/tessera-icon.svg")));
            case SOCIAL_CARD -> Optional.of(new OutputFile.Written(path, Resources.bytes("static/tessera-card.png")));
            case SCRIPT -> Optional.of(new OutputFile.Written(path, Resources.bytes(output.subject())));
            case PRINT_STYLESHEET, FONT -> Optional.of(new OutputFile.Written(path, brochures.sharedFile(path)));
            case ASSET -> Optional.of(new OutputFile.Copied(path, edition.root().resolve(path)));
            default -> Optional.empty();
        };
    }

    /** Problems found while rendering: brochures that could not be laid out. The image stage reports its own. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
