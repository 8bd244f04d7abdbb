package org.tessera.render.brochure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tessera.model.Brochure;
import org.tessera.model.Component;
import org.tessera.model.Edition;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.Story;
import org.tessera.render.ComponentRenderer;
import org.tessera.render.InlineValues;
import org.tessera.render.MarkdownRenderer;
import org.tessera.render.OutputFile;
import org.tessera.render.RenderContext;
import org.tessera.render.Templates;

/**
 * Renders every brochure of site.yml twice from the same templates and stylesheet: the print page
 * {@code brochures/<id>/index.html} and the PDF {@code brochures/<id>.pdf}; plus the stylesheet and fonts they share.
 */
public final class BrochureRenderer {

    static final String STYLESHEET = "assets/brochure.css";
    static final List<String> FONTS = List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
            "NotoSans-BoldItalic.ttf", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", "OFL.txt");

    private final Edition edition;
    private final RenderContext base;
    private final Templates templates;
    private final MarkdownRenderer markdown;
    private final ComponentRenderer components;
    private final ChartSource charts;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param components draws tiles, charts and tables for the print page, and tiles and tables for the PDF
     * @param charts     builds the chart drawings of the PDF
     */
    public BrochureRenderer(Edition edition, RenderContext base, Templates templates, MarkdownRenderer markdown,
                            ComponentRenderer components, ChartSource charts) {
        this.edition = edition;
        this.base = base;
        this.templates = templates;
        this.markdown = markdown;
        this.components = components;
        this.charts = charts;
    }

    /** The files of every brochure; none when site.yml lists no brochure. */
    public List<OutputFile> render() {
        List<Brochure> brochures = edition.site().brochures();
        if (brochures.isEmpty()) {
            return List.of();
        }
        Map<String, byte[]> shared = sharedFiles();
        PdfWriter writer = new PdfWriter(path -> read(path, shared), edition.site().absoluteUrl());
        ChartFonts fonts = ChartFonts.shipped();
        List<OutputFile> files = new ArrayList<>();
        for (Brochure brochure : brochures) {
            String folder = "brochures/" + brochure.id();
            RenderContext print = base.atRoot("../../");
            BrochureView printView = new BrochureView(print, story -> story(story, components, print), components);
            files.add(new OutputFile.Written(folder + "/index.html", html(printView, brochure).getBytes(StandardCharsets.UTF_8)));

            // The PDF sits beside the print page's folder; its links lead to the site when it has an address.
            RenderContext pdf = base.atRoot(edition.site().absoluteUrl().orElse("../"));
            ChartObjects objects = new ChartObjects(components, charts, fonts);
            BrochureView pdfView = new BrochureView(pdf, story -> story(story, objects, pdf), objects);
            String html = html(pdfView, brochure);
            try {
                files.add(new OutputFile.Written(folder + ".pdf", writer.write(html, folder + ".pdf", pdfView.bookmarks(brochure), objects)));
            } catch (RuntimeException e) {
                problems.add(Problem.error(brochure.at(), "brochure " + brochure.id() + ": the PDF could not be laid out ("
                        + e.getMessage() + "); if the edition has its own assets/brochure.css or templates/brochure/, check them"));
            }
            for (String warning : writer.takeWarnings()) {
                problems.add(Problem.warning(brochure.at(), "brochure " + brochure.id() + ": " + warning));
            }
        }
        shared.forEach((path, bytes) -> files.add(new OutputFile.Written(path, bytes)));
        return files;
    }

    /** Warnings from laying out the PDFs, e.g. an image that could not be read. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    private String html(BrochureView view, Brochure brochure) {
        return templates.render("brochure/brochure", view.context(brochure));
    }

    private String story(Story story, ComponentRenderer with, RenderContext ctx) {
        Map<Integer, Component> byLine = new LinkedHashMap<>();
        story.components().forEach(component -> byLine.put(component.at().line(), component));
        return markdown.render(story, line -> Optional.ofNullable(byLine.get(line)).map(c -> with.render(c, ctx)).orElse(""),
                code -> InlineValues.render(code, ctx), ctx.root());
    }

    /** The stylesheet (unless the edition brings its own) and the fonts, written once beside the site's assets. */
    private Map<String, byte[]> sharedFiles() {
        Map<String, byte[]> shared = new LinkedHashMap<>();
        if (!edition.assets().contains(STYLESHEET)) {
            shared.put(STYLESHEET, resource("static/brochure.css"));
        }
        for (String font : FONTS) {
            if (!edition.assets().contains("assets/fonts/" + font)) {
                shared.put("assets/fonts/" + font, resource("fonts/" + font));
            }
        }
        return shared;
    }

    private Optional<byte[]> read(String path, Map<String, byte[]> shared) {
        if (shared.containsKey(path)) {
            return Optional.of(shared.get(path));
        }
        if (path.startsWith("assets/fonts/") && FONTS.contains(path.substring("assets/fonts/".length()))) {
            return Optional.of(resource("fonts/" + path.substring("assets/fonts/".length())));
        }
        if (!edition.assets().contains(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(edition.root().resolve(path)));
        } catch (IOException e) {
            problems.add(Problem.warning(Position.of(path), "cannot read " + path + " for the brochures: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = BrochureRenderer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
