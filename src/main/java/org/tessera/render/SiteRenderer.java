package org.tessera.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tessera.model.Component;
import org.tessera.model.Dataset;
import org.tessera.model.Edition;
import org.tessera.model.Page;
import org.tessera.model.Programme;
import org.tessera.model.Story;
import org.tessera.resolve.Figures;

/** Renders a checked edition and its figures into the files of a website. */
public final class SiteRenderer {

    /** The stylesheet every page links; an edition's own assets/tessera.css replaces it. */
    static final String STYLESHEET = "assets/tessera.css";

    private final Edition edition;
    private final RenderContext base;
    private final Templates templates;
    private final MarkdownRenderer markdown;
    private final ComponentRenderer components;
    private final List<OutputFile> files = new ArrayList<>();
    private final List<String> pages = new ArrayList<>();

    public SiteRenderer(Edition edition, Figures figures, ComponentRenderer components) {
        this.edition = edition;
        Messages messages = Messages.load(edition.site().language(), edition.root().resolve("templates"));
        this.base = new RenderContext(edition, figures, messages, new Formats(edition.site().language(), messages), "");
        this.templates = new Templates(edition.root().resolve("templates"), messages);
        this.markdown = new MarkdownRenderer(edition.site().allowHtml());
        this.components = components;
    }

    /** Every file of the site: pages, data, search files, the stylesheet and the edition's assets. */
    public List<OutputFile> render() {
        home();
        programmes();
        // The programme pages are most of a large edition: render them on all cores, keep them in edition order.
        edition.programmes().parallelStream().map(this::programme).toList().forEach(this::add);
        for (Page page : edition.pages()) {
            page(page);
        }
        base.figures().donors().ifPresent(d -> donors());
        data();
        notFound();
        write("sitemap.xml", SearchFiles.sitemap(edition.site(), pages));
        write("robots.txt", SearchFiles.robots(edition.site()));
        assets();
        return List.copyOf(files);
    }

    private void home() {
        RenderContext ctx = base.atRoot("");
        Map<String, Object> c = Layout.context(ctx, "", "", "");
        c.put("headline", Headlines.tiles(ctx));
        c.put("stories", edition.programmes().stream().filter(p -> p.story().isPresent())
                .map(p -> ProgrammeView.card(p, ctx)).toList());
        c.put("pages", edition.pages().stream().map(p -> Map.of("href", ctx.root() + p.slug() + "/", "title", p.title(),
                "summary", p.story().summary().orElse(""))).toList());
        page("", "home", c);
    }

    private void programmes() {
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
        page("programmes/", "programmes", c);
    }

    private OutputFile.Written programme(Programme programme) {
        RenderContext ctx = base.atRoot("../../");
        String summary = programme.story().flatMap(Story::summary).orElse(programme.title());
        Map<String, Object> c = Layout.context(ctx, "programmes/" + programme.id() + "/", programme.title(), summary);
        c.put("programme", ProgrammeView.card(programme, ctx));
        c.put("facts", ProgrammeView.facts(programme, ctx));
        c.put("budget", programme.budget().map(b -> ProgrammeView.money(b, ctx)).orElse(null));
        c.put("received", programme.received().map(r -> ProgrammeView.money(r, ctx)).orElse(null));
        c.put("hero", programme.hero().or(() -> programme.story().flatMap(Story::hero)).map(h -> Heroes.view(h, ctx)).orElse(null));
        c.put("story", programme.story().map(s -> story(s, ctx)).orElse(""));
        c.put("results", ResultsFramework.groups(edition.indicatorsOf(programme.id()), ctx));
        c.put("assessment", programme.humanRightsAssessment().isEmpty() ? null : ProgrammeView.assessment(programme, ctx));
        c.put("programmeBrochures", brochuresHolding("programme", programme.id(), ctx));
        return render("programmes/" + programme.id() + "/", "programme", c);
    }

    private void page(Page page) {
        RenderContext ctx = base.atRoot("../");
        Map<String, Object> c = Layout.context(ctx, page.slug() + "/", page.title(), page.story().summary().orElse(""));
        c.put("summary", page.story().summary().orElse(""));
        c.put("hero", page.story().hero().map(h -> Heroes.view(h, ctx)).orElse(null));
        c.put("body", story(page.story(), ctx));
        c.put("pageBrochures", brochuresHolding("page", page.slug(), ctx));
        page(page.slug() + "/", "page", c);
    }

    private void donors() {
        RenderContext ctx = base.atRoot("../");
        Map<String, Object> c = Layout.context(ctx, "donors/", ctx.messages().get("donors.title"), ctx.messages().get("donors.intro"));
        c.put("donors", DonorsView.view(ctx));
        page("donors/", "donors", c);
    }

    private void data() {
        RenderContext ctx = base.atRoot("../");
        Map<String, Object> c = Layout.context(ctx, "data/", ctx.messages().get("data.title"), ctx.messages().get("data.intro"));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Dataset data : edition.datasets().values()) {
            write("data/" + data.name() + ".csv", DataExport.csv(data));
            write("data/" + data.name() + ".json", DataExport.json(data));
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
        // Served at any address, so its links start from the site's base path rather than a relative root.
        RenderContext ctx = base.atRoot(edition.site().basePath());
        Map<String, Object> c = Layout.context(ctx, "404.html", ctx.messages().get("notfound.title"), "");
        write("404.html", templates.render("404", c).getBytes(StandardCharsets.UTF_8));
    }

    private String story(Story story, RenderContext ctx) {
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

    private void page(String path, String template, Map<String, Object> context) {
        add(render(path, template, context));
    }

    /** Renders a page without recording it, so that pages can be rendered on several threads. */
    private OutputFile.Written render(String path, String template, Map<String, Object> context) {
        return new OutputFile.Written(path + "index.html", templates.render(template, context).getBytes(StandardCharsets.UTF_8));
    }

    private void add(OutputFile.Written page) {
        pages.add(page.path().substring(0, page.path().length() - "index.html".length()));
        files.add(page);
    }

    private void write(String path, byte[] bytes) {
        files.add(new OutputFile.Written(path, bytes));
    }

    private void assets() {
        boolean ownStylesheet = edition.assets().contains(STYLESHEET);
        if (!ownStylesheet) {
            files.add(new OutputFile.Written(STYLESHEET, Resources.bytes("static/tessera.css")));
        }
        files.add(new OutputFile.Written("assets/tessera-icon.svg", Resources.bytes("static/tessera-icon.svg")));
        for (String asset : edition.assets()) {
            files.add(new OutputFile.Copied(asset, edition.root().resolve(asset)));
        }
    }
}
