package org.tessera.render.brochure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import org.tessera.model.Brochure;
import org.tessera.model.Donor;
import org.tessera.model.Component;
import org.tessera.model.Edition;
import org.tessera.model.Problem;
import org.tessera.model.SitePaths;
import org.tessera.model.SitePlan;
import org.tessera.model.Story;
import org.tessera.model.Theme;
import org.tessera.render.ComponentRenderer;
import org.tessera.render.InlineValues;
import org.tessera.render.MarkdownRenderer;
import org.tessera.render.OutputFile;
import org.tessera.render.RenderContext;
import org.tessera.render.Resources;
import org.tessera.render.Templates;
import org.tessera.render.image.ImageVariants;
import org.tessera.render.image.Responsive;

/**
 * Renders every brochure of site.yml twice from the same templates and stylesheet: the print page
 * {@code brochures/<id>/index.html} and the PDF {@code brochures/<id>.pdf}; plus the stylesheet, fonts and
 * print-sized photographs they share.
 *
 * <p>Two steps, because the PDF reads the images of the finished site: {@link #printPages} with the pages,
 * then {@link #pdfs} once every other file of the site is made.
 */
public final class BrochureRenderer {

    /** Photographs span the text column: 180 mm on Letter, a little less on A4. */
    private static final double PHOTO_WIDTH_MM = 180;

    private final Edition edition;
    private final RenderContext base;
    private final Templates templates;
    private final MarkdownRenderer markdown;
    private final ComponentRenderer components;
    private final ChartSource charts;
    private final ImageVariants images;
    /** Written by {@link #printPhoto} and read by the PDFs, which are laid out on several threads. */
    private final Map<String, byte[]> shared = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, String> photos = new LinkedHashMap<>();
    private final Map<String, Responsive.Variant> printSizes = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param components draws tiles, charts and tables for the print page, and tiles and tables for the PDF
     * @param charts     builds the chart drawings of the PDF
     * @param images     the site's image stage, which sizes photographs for print
     */
    private final Map<String, Set<String>> photosShown = new java.util.concurrent.ConcurrentHashMap<>();

    public BrochureRenderer(Edition edition, RenderContext base, Templates templates, ComponentRenderer components,
                            ChartSource charts, ImageVariants images) {
        this.edition = edition;
        this.base = base;
        this.templates = templates;
        this.components = components;
        this.charts = charts;
        this.images = images;
        // Photographs in stories are printed at print size too, in the print page and the PDF alike.
        this.markdown = new MarkdownRenderer(edition.site().allowHtml(), asset -> Optional.of(printPhoto(asset))
                .filter(path -> !path.equals(asset)).map(path -> {
                    Responsive.Variant size = printSizes.get(asset);
                    return new Responsive(List.of(size), size);
                }));
    }

    /** The print pages of the brochures {@code ids}, with the print-sized photographs they use. */
    public List<OutputFile> printPages(List<SitePlan.Output> outputs) {
        List<OutputFile> files = new ArrayList<>();
        for (SitePlan.Output output : outputs) {
            Brochure brochure = brochure(output);
            RenderContext print = base.atRoot(output.languageRoot(), output.siteRoot());
            BrochureView.Media media = new BrochureView.Media(this::printPhoto, this::printLogo,
                    (url, alt) -> new QrCode(url).svg(alt));
            BrochureView view = new BrochureView(print, story -> story(story, components, print), components, media);
            Set<String> shown = new java.util.TreeSet<>();
            String html = images.recording(shown, () -> html(view, brochure));
            photosShown.put(output.path(), shown);
            files.add(new OutputFile.Written(output.path(), html.getBytes(StandardCharsets.UTF_8)));
        }
        photos.values().stream().distinct().filter(shared::containsKey)
                .forEach(path -> files.add(new OutputFile.Written(path, shared.get(path))));
        return files;
    }

    /** The brochure stylesheet or a font Tessera ships, at its path in the site. */
    public byte[] sharedFile(String path) {
        if (path.equals(SitePaths.PRINT_STYLESHEET)) {
            return Resources.stylesheet("static/brochure.css", edition.site().theme());
        }
        return Resources.bytes("fonts/" + path.substring(SitePaths.font("").length()));
    }

    private Brochure brochure(SitePlan.Output output) {
        return edition.site().brochures().stream().filter(b -> b.id().equals(output.subject())).findFirst().orElseThrow();
    }

    /**
     * The PDF of every brochure; {@code site} gives the bytes of any file of the finished site by its path. The
     * PDFs are laid out side by side, one per core: the engine works on one thread per document.
     */
    public List<OutputFile> pdfs(List<SitePlan.Output> outputs, Function<String, Optional<byte[]>> site) {
        List<OutputFile> files = new ArrayList<>();
        ChartFonts fonts = ChartFonts.shipped();
        List<LaidOut> laidOut = outputs.parallelStream()
                .map(output -> {
                    Set<String> shown = new java.util.TreeSet<>();
                    LaidOut one = images.recording(shown, () -> pdf(output, site, fonts));
                    photosShown.put(output.path(), shown);
                    return one;
                })
                .toList();
        for (LaidOut one : laidOut) {
            one.file().ifPresent(files::add);
            problems.addAll(one.problems());
        }
        return files;
    }

    private record LaidOut(Optional<OutputFile> file, List<Problem> problems) {
    }

    private LaidOut pdf(SitePlan.Output output, Function<String, Optional<byte[]>> site, ChartFonts fonts) {
        Brochure brochure = brochure(output);
        PdfWriter writer = new PdfWriter(path -> Optional.ofNullable(shared.get(path))
                .or(() -> site.apply(path)).or(() -> shipped(path)),
                edition.site().absoluteUrl(), edition.site().theme().map(Theme::tokens).orElse(Map.of()));
        List<Problem> found = new ArrayList<>();
        Optional<OutputFile> file = Optional.empty();
        // The PDF sits beside the print page's folder; its links lead to the site when it has an address.
        Optional<String> address = edition.site().absoluteUrl();
        RenderContext pdf = address.map(a -> base.atRoot(a + SitePaths.translated(output.language(), ""), a))
                .orElse(base.atRoot(output.languageRoot(), output.siteRoot()));
        ChartObjects objects = new ChartObjects(components, charts, fonts);
        BrochureView.Media media = new BrochureView.Media(this::printPhoto, this::printLogo, objects::qr);
        BrochureView view = new BrochureView(pdf, story -> story(story, objects, pdf), objects, media);
        String html = html(view, brochure);
        try {
            byte[] bytes = writer.write(html, output.path(), view.bookmarks(brochure), objects,
                    doc -> StablePdf.stamp(doc, edition.site().edition().date(), brochure.id() + "\n" + html));
            file = Optional.of(new OutputFile.Written(output.path(), bytes));
            for (String cut : PageFit.check(bytes, PageBox.of(brochure.paper()), output.path())) {
                found.add(Problem.error(brochure.at(), "brochure " + brochure.id() + ": " + cut));
            }
        } catch (RuntimeException e) {
            found.add(Problem.error(brochure.at(), "brochure " + brochure.id() + ": the PDF could not be laid out ("
                    + e.getMessage() + "); if the edition has its own assets/brochure.css or templates/brochure/, check them"));
        }
        for (String warning : writer.takeWarnings()) {
            found.add(Problem.warning(brochure.at(), "brochure " + brochure.id() + ": " + warning));
        }
        return new LaidOut(file, found);
    }

    /** The photos each print page and PDF made showed, by path (see {@link ImageVariants#recording}). */
    public Map<String, Set<String>> photosShown() {
        return Map.copyOf(photosShown);
    }

    /** Warnings and errors from laying out the PDFs. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The brochure's print HTML, its tables and tile figures fitted to the page, long stories in two columns: the print page and the PDF share the layout. */
    private String html(BrochureView view, Brochure brochure) {
        PageBox page = PageBox.of(brochure.paper());
        return new StoryColumns(page).apply(new TileFit(page).apply(new TableFit(page, base.messages())
                .apply(templates.render("brochure/brochure", view.context(brochure)))));
    }

    private String story(Story story, ComponentRenderer with, RenderContext section) {
        RenderContext ctx = section.forStory(story); // its charts coloured as on its web page
        Map<Integer, Component> byLine = new LinkedHashMap<>();
        story.components().forEach(component -> byLine.put(component.at().line(), component));
        return markdown.render(story, line -> Optional.ofNullable(byLine.get(line)).map(c -> with.render(c, ctx)).orElse(""),
                code -> InlineValues.render(code, ctx), ctx.root(), ctx.siteRoot());
    }

    /** A photograph sized for print (about 300 dpi across the column), kept with the shared files; else as written. */
    private String printPhoto(String asset) {
        return printImage(asset, PHOTO_WIDTH_MM);
    }

    /** A donor's logo, resized for print like a photograph (an SVG logo as written), and its printed size. */
    private PrintedLogo printLogo(Donor.Logo logo) {
        String path = printImage(logo.asset(), PrintedLogo.MAX_WIDTH_MM);
        Responsive.Variant size = printSizes.get(logo.asset());
        if (size != null) {
            return PrintedLogo.fitted(path, size.width(), size.height());
        }
        try {
            return PrintedLogo.svg(path, Files.readAllBytes(edition.root().resolve(logo.asset())));
        } catch (IOException e) {
            return PrintedLogo.fitted(path, 0, 0); // a missing logo is an error of the checks
        }
    }

    private synchronized String printImage(String asset, double widthMm) {
        images.used("print:" + asset);
        return photos.computeIfAbsent(asset, a -> images.forPrint(a, widthMm).map(image -> {
            shared.put(image.path(), image.bytes());
            printSizes.put(a, new Responsive.Variant(image.path(), image.width(), image.height()));
            return image.path();
        }).orElse(a));
    }

    /** The stylesheet and fonts Tessera ships, for a PDF laid out without the rest of the site at hand. */
    private Optional<byte[]> shipped(String path) {
        boolean ours = path.equals(SitePaths.PRINT_STYLESHEET) || SitePlan.FONTS.stream().anyMatch(f -> SitePaths.font(f).equals(path));
        return ours && !edition.assets().contains(path) ? Optional.of(sharedFile(path)) : Optional.empty();
    }
}
