package org.tessera.render.brochure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.tessera.model.Brochure;
import org.tessera.model.Donor;
import org.tessera.model.Component;
import org.tessera.model.Edition;
import org.tessera.model.Problem;
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
 * <p>Two steps, because the PDF reads the images of the finished site: {@link #printPages()} with the pages,
 * then {@link #pdfs(Function)} once every other file of the site is made.
 */
public final class BrochureRenderer {

    static final String STYLESHEET = "assets/brochure.css";
    static final List<String> FONTS = List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
            "NotoSans-BoldItalic.ttf", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", "OFL.txt");
    /** Photographs span the text column: 180 mm on Letter, a little less on A4. */
    private static final double PHOTO_WIDTH_MM = 180;

    private final Edition edition;
    private final RenderContext base;
    private final Templates templates;
    private final MarkdownRenderer markdown;
    private final Predicate<String> wanted;
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
     * @param wanted     which files to make, by path: {@code serve} re-renders only the brochures a change reaches
     */
    public BrochureRenderer(Edition edition, RenderContext base, Templates templates, ComponentRenderer components,
                            ChartSource charts, ImageVariants images, Predicate<String> wanted) {
        this.edition = edition;
        this.base = base;
        this.templates = templates;
        this.components = components;
        this.charts = charts;
        this.images = images;
        this.wanted = wanted;
        // Photographs in stories are printed at print size too, in the print page and the PDF alike.
        this.markdown = new MarkdownRenderer(edition.site().allowHtml(), asset -> Optional.of(printPhoto(asset))
                .filter(path -> !path.equals(asset)).map(path -> {
                    Responsive.Variant size = printSizes.get(asset);
                    return new Responsive(List.of(size), size);
                }));
    }

    /** The print page of every brochure, with the stylesheet, fonts and photographs they use; none without brochures. */
    public List<OutputFile> printPages() {
        List<OutputFile> files = new ArrayList<>();
        if (edition.site().brochures().isEmpty()) {
            return files;
        }
        addSharedFiles();
        int rendered = 0;
        for (Brochure brochure : edition.site().brochures()) {
            if (!wanted.test(folder(brochure) + "/index.html")) {
                continue;
            }
            rendered++;
            RenderContext print = base.atRoot("../../");
            BrochureView.Media media = new BrochureView.Media(this::printPhoto, this::printLogo,
                    (url, alt) -> new QrCode(url).svg(alt));
            BrochureView view = new BrochureView(print, story -> story(story, components, print), components, media);
            files.add(new OutputFile.Written(folder(brochure) + "/index.html", html(view, brochure).getBytes(StandardCharsets.UTF_8)));
        }
        // The stylesheet and fonts change only with the tool or the edition's assets; photographs with their brochure.
        boolean any = rendered > 0;
        shared.forEach((path, bytes) -> {
            if (wanted.test(path) || any && photos.containsValue(path)) {
                files.add(new OutputFile.Written(path, bytes));
            }
        });
        return files;
    }

    /**
     * The PDF of every brochure; {@code site} gives the bytes of any file of the finished site by its path. The
     * PDFs are laid out side by side, one per core: the engine works on one thread per document.
     */
    public List<OutputFile> pdfs(Function<String, Optional<byte[]>> site) {
        List<OutputFile> files = new ArrayList<>();
        ChartFonts fonts = ChartFonts.shipped();
        List<LaidOut> laidOut = edition.site().brochures().parallelStream()
                .filter(brochure -> wanted.test(folder(brochure) + ".pdf"))
                .map(brochure -> pdf(brochure, site, fonts))
                .toList();
        for (LaidOut one : laidOut) {
            one.file().ifPresent(files::add);
            problems.addAll(one.problems());
        }
        return files;
    }

    private record LaidOut(Optional<OutputFile> file, List<Problem> problems) {
    }

    private LaidOut pdf(Brochure brochure, Function<String, Optional<byte[]>> site, ChartFonts fonts) {
        PdfWriter writer = new PdfWriter(path -> Optional.ofNullable(shared.get(path)).or(() -> site.apply(path)),
                edition.site().absoluteUrl(), edition.site().theme().map(Theme::tokens).orElse(Map.of()));
        List<Problem> found = new ArrayList<>();
        Optional<OutputFile> file = Optional.empty();
        // The PDF sits beside the print page's folder; its links lead to the site when it has an address.
        RenderContext pdf = base.atRoot(edition.site().absoluteUrl().orElse("../"));
        ChartObjects objects = new ChartObjects(components, charts, fonts);
        BrochureView.Media media = new BrochureView.Media(this::printPhoto, this::printLogo, objects::qr);
        BrochureView view = new BrochureView(pdf, story -> story(story, objects, pdf), objects, media);
        String html = html(view, brochure);
        try {
            byte[] bytes = writer.write(html, folder(brochure) + ".pdf", view.bookmarks(brochure), objects,
                    doc -> StablePdf.stamp(doc, edition.site().edition().date(), brochure.id() + "\n" + html));
            file = Optional.of(new OutputFile.Written(folder(brochure) + ".pdf", bytes));
            for (String cut : PageFit.check(bytes, PageBox.of(brochure.paper()), folder(brochure) + ".pdf")) {
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

    /** Warnings and errors from laying out the PDFs. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    private static String folder(Brochure brochure) {
        return "brochures/" + brochure.id();
    }

    /** The brochure's print HTML, its tables and tile figures fitted to the page: the print page and the PDF share the layout. */
    private String html(BrochureView view, Brochure brochure) {
        PageBox page = PageBox.of(brochure.paper());
        return new TileFit(page).apply(new TableFit(page, base.messages())
                .apply(templates.render("brochure/brochure", view.context(brochure))));
    }

    private String story(Story story, ComponentRenderer with, RenderContext section) {
        RenderContext ctx = section.forStory(story); // its charts coloured as on its web page
        Map<Integer, Component> byLine = new LinkedHashMap<>();
        story.components().forEach(component -> byLine.put(component.at().line(), component));
        return markdown.render(story, line -> Optional.ofNullable(byLine.get(line)).map(c -> with.render(c, ctx)).orElse(""),
                code -> InlineValues.render(code, ctx), ctx.root());
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
        return photos.computeIfAbsent(asset, a -> images.forPrint(a, widthMm).map(image -> {
            shared.put(image.path(), image.bytes());
            printSizes.put(a, new Responsive.Variant(image.path(), image.width(), image.height()));
            return image.path();
        }).orElse(a));
    }

    /** The stylesheet (unless the edition brings its own) and the fonts, written once beside the site's assets. */
    private void addSharedFiles() {
        if (!edition.assets().contains(STYLESHEET)) {
            shared.put(STYLESHEET, Resources.stylesheet("static/brochure.css", edition.site().theme()));
        }
        for (String font : FONTS) {
            if (!edition.assets().contains("assets/fonts/" + font)) {
                shared.put("assets/fonts/" + font, Resources.bytes("fonts/" + font));
            }
        }
    }
}
