package org.tessera.render.brochure;

import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.tessera.render.Resources;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Lays out a brochure's print HTML into a tagged PDF (PDF/UA-1) in-process with openhtmltopdf: the shipped fonts
 * embedded, bookmarks per section, and files read only through {@code files} (never from the network).
 */
final class PdfWriter {

    /** Scheme of the addresses the PDF engine asks for; {@code files} answers them from the built site. */
    static final String SCHEME = "tessera";

    private record Face(String file, String family, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("NotoSans-Regular.ttf", "Noto Sans", 400, FontStyle.NORMAL),
            new Face("NotoSans-Bold.ttf", "Noto Sans", 700, FontStyle.NORMAL),
            new Face("NotoSans-Italic.ttf", "Noto Sans", 400, FontStyle.ITALIC),
            new Face("NotoSans-BoldItalic.ttf", "Noto Sans", 700, FontStyle.ITALIC),
            new Face("NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400, FontStyle.NORMAL),
            new Face("NotoSansArabic-Bold.ttf", "Noto Sans Arabic", 700, FontStyle.NORMAL));

    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{[^}]*}");
    private static final Pattern FONT_SOURCE = Pattern.compile("url\\(\\s*['\"]?(([^'\")]*/)?([^/'\")]+))['\"]?\\s*\\)");
    private static final List<String> GENERIC = List.of("serif", "sans-serif", "monospace");
    /** The sRGB profile the JDK carries: the output intent PDF/A asks for, with no file to ship. */
    private static final byte[] SRGB = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();
    private static final Pattern VARIABLE = Pattern.compile("var\\(\\s*--([A-Za-z0-9_-]+)\\s*(?:,([^()]*))?\\)");

    /** Keeps no state between paragraphs: each splitter it makes is used for one paragraph. */
    static final IcuBidi BIDI = new IcuBidi();

    private final Function<String, Optional<byte[]>> files;
    private final Optional<String> siteUrl;
    /** The theme's custom properties by name ("color-primary"), written into stylesheets in place of var(). */
    private final Map<String, String> tokens;
    private final List<String> warnings = new ArrayList<>();
    /** Font metrics measured for one brochure serve the next ones of the same build. */
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();
    /** The shipped fonts' files, read once for all the brochures of a build. */
    private final Map<String, byte[]> fontFiles = new HashMap<>();

    /**
     * @param files   the bytes of a file of the built site by its path ("assets/brochure.css"), if it has one
     * @param siteUrl the site's absolute address, when it has one: addresses under it are read from {@code files}
     * @param tokens  the theme's custom properties, for the stylesheets' {@code var()}
     */
    PdfWriter(Function<String, Optional<byte[]>> files, Optional<String> siteUrl, Map<String, String> tokens) {
        this.files = files;
        this.siteUrl = siteUrl;
        this.tokens = Map.copyOf(tokens);
        // The engine also prints every diagnostic through java.util.logging; ours go to the consumer below.
        XRLog.setLoggingEnabled(false);
    }

    /**
     * The PDF of {@code html}, a page that would sit at {@code path} in the site (links and images are relative
     * to it), with {@code bookmarks} as its outline and {@code objects} drawing its charts; {@code beforeSave}
     * sees the finished document just before it is written.
     */
    byte[] write(String html, String path, List<BrochureView.Bookmark> bookmarks, FSObjectDrawerFactory objects,
                 Consumer<PDDocument> beforeSave) {
        Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        addBookmarks(document, bookmarks);
        addSubject(document);
        TileGrid.apply(document);
        PrintedDirection.apply(document);
        RunningText.apply(document, BIDI);
        if (EvenTiles.mark(document)) {
            EvenTiles.apply(document, measured(document, path, objects));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (PDDocument pdf = new PDDocument()) {
            try (PdfBoxRenderer renderer = builder(document, path, objects, pdf, this::diagnose).toStream(out).buildPdfRenderer()) {
                renderer.setListener(new PDFCreationListener() {
                    @Override
                    public void preOpen(PdfBoxRenderer pdfBoxRenderer) {
                    }

                    @Override
                    public void preWrite(PdfBoxRenderer pdfBoxRenderer, int pageCount) {
                    }

                    @Override
                    public void onClose(PdfBoxRenderer pdfBoxRenderer) {
                        beforeSave.accept(pdfBoxRenderer.getPdfDocument());
                    }
                });
                renderer.createPDF();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The heights in points of the elements {@link EvenTiles} marked, from a layout of {@code document} made for that. */
    private Map<String, Float> measured(Document document, String path, FSObjectDrawerFactory objects) {
        Map<String, Float> heights = new HashMap<>();
        try (PDDocument pdf = new PDDocument();
             // What the engine reports, it reports again when it makes the PDF.
             PdfBoxRenderer renderer = builder(document, path, objects, pdf, diagnostic -> { }).buildPdfRenderer()) {
            renderer.layout();
            renderer.getSharedContext().getIdMap().forEach((id, box) -> {
                if (EvenTiles.MARKED.matcher(id).find()) {
                    heights.put(id, box.getHeight() / renderer.getDotsPerPoint());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return heights;
    }

    /** The engine set up for a brochure: accessible and archival, with the shipped fonts in {@code pdf}. */
    private PdfRendererBuilder builder(Document document, String path, FSObjectDrawerFactory objects, PDDocument pdf,
                                       Consumer<Diagnostic> diagnostics) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                // Archival as well as accessible: PDF/A-2a, with the sRGB profile as the output intent.
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A)
                .useColorProfile(SRGB)
                .withProducer("Tessera")
                .withW3cDocument(document, SCHEME + ":/" + path)
                .useProtocolsStreamImplementation(new SiteStreams(), SCHEME, "http", "https")
                // No network: a brochure is built from the edition and the jar alone.
                .useExternalResourceAccessControl((uri, type) -> sitePath(uri).isPresent(),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useObjectDrawerFactory(objects)
                // SVG images (donors' logos) drawn as vectors; no scripts, nothing fetched from outside the drawing.
                .useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                        BatikSVGDrawer.SvgExternalResourceMode.SECURE))
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                // Bidi and Arabic shaping for every brochure: text with no right-to-left letter lays out as before.
                .useUnicodeBidiSplitter(BIDI)
                .useUnicodeBidiReorderer(BIDI)
                .withDiagnosticConsumer(diagnostics);
        builder.usePDDocument(pdf);
        for (Face face : FACES) {
            PDFontSupplier font = new ShippedFont(pdf, face.file());
            builder.useFont(font, face.family(), face.weight(), face.style(), true);
            if (face.family().equals("Noto Sans")) {
                // Text a theme leaves in a generic family would otherwise use the viewer's unembedded fonts.
                for (String generic : GENERIC) {
                    builder.useFont(font, generic, face.weight(), face.style(), true);
                }
            }
        }
        return builder;
    }

    /** What the engine reported at warning level or above since the last call, e.g. an image it could not read. */
    List<String> takeWarnings() {
        List<String> out = List.copyOf(warnings);
        warnings.clear();
        return out;
    }

    private void diagnose(Diagnostic diagnostic) {
        if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(diagnostic.getFormattedMessage());
        }
    }

    /** openhtmltopdf reads the outline from {@code <bookmarks>} in the head; browsers never see it. */
    private static void addBookmarks(Document document, List<BrochureView.Bookmark> bookmarks) {
        Element head = (Element) document.getElementsByTagName("head").item(0);
        Element list = document.createElement("bookmarks");
        for (BrochureView.Bookmark bookmark : bookmarks) {
            Element item = document.createElement("bookmark");
            item.setAttribute("name", bookmark.title());
            item.setAttribute("href", "#" + bookmark.id());
            list.appendChild(item);
        }
        head.appendChild(list);
    }

    /** PDF/UA wants a description: the engine reads it from a "subject" meta, which HTML does not define. */
    private static void addSubject(Document document) {
        org.w3c.dom.NodeList metas = document.getElementsByTagName("meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if ("description".equals(meta.getAttribute("name"))) {
                Element subject = document.createElement("meta");
                subject.setAttribute("name", "subject");
                subject.setAttribute("content", meta.getAttribute("content"));
                meta.getParentNode().appendChild(subject);
                return;
            }
        }
    }

    /**
     * A shipped font, read when the layout first asks for it. Glyph substitution (GSUB) is turned off: the PDF
     * engine compiled a regular expression of the font's whole substitution table for every run of text it
     * wrote, which was half the time of laying out a brochure. Noto Sans needs no substitution for the scripts
     * the PDF engine supports: Latin, Greek and Cyrillic print the same without it.
     */
    private final class ShippedFont extends PDFontSupplier {
        private final PDDocument pdf;
        private final String file;
        private PDFont font;

        ShippedFont(PDDocument pdf, String file) {
            super(null);
            this.pdf = pdf;
            this.file = file;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes(file)));
                    ttf.setEnableGsub(false);
                    font = PDType0Font.load(pdf, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }

    /**
     * A stylesheet without the {@code @font-face} rules that load the shipped fonts as they were shipped: the
     * engine then takes those faces from {@link ShippedFont}, which skips glyph substitution. Rules for other
     * fonts, or for a file of the same name that the edition replaced, stay.
     */
    private byte[] withoutShippedFontFaces(byte[] css, String url) {
        String text = new String(css, StandardCharsets.UTF_8);
        Matcher rule = FONT_FACE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        while (rule.find()) {
            Matcher source = FONT_SOURCE.matcher(rule.group());
            boolean shipped = source.find() && isShipped(url, source.group(1), source.group(3));
            rule.appendReplacement(out, shipped ? "" : Matcher.quoteReplacement(rule.group()));
            changed |= shipped;
        }
        rule.appendTail(out);
        return changed ? out.toString().getBytes(StandardCharsets.UTF_8) : css;
    }

    /**
     * The stylesheet with every {@code var(--name, fallback)} replaced by the theme's value for {@code --name}, else the
     * fallback: the PDF engine has no custom properties (its fork added them after its last release, 1.1.65).
     */
    private byte[] withVariablesResolved(byte[] css) {
        String text = new String(css, StandardCharsets.UTF_8);
        if (!text.contains("var(")) {
            return css;
        }
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (variable.find()) {
            String value = tokens.getOrDefault(variable.group(1), variable.group(2) == null ? "initial" : variable.group(2).strip());
            variable.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        variable.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether {@code src}, relative to the stylesheet at {@code url}, is a shipped font file as shipped. */
    private boolean isShipped(String url, String src, String name) {
        if (FACES.stream().noneMatch(face -> face.file().equals(name))) {
            return false;
        }
        try {
            return sitePath(URI.create(url).resolve(src).toString()).flatMap(files)
                    .filter(bytes -> Arrays.equals(bytes, fontBytes(name))).isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private byte[] fontBytes(String file) {
        return fontFiles.computeIfAbsent(file, f -> Resources.bytes("fonts/" + f));
    }

    /** The path in the site of {@code tessera:/<path>} or of an address under the site's own URL. */
    private Optional<String> sitePath(String uri) {
        if (uri.startsWith(SCHEME + ":")) {
            return Optional.of(uri.substring(SCHEME.length() + 1).replaceFirst("^/+", ""));
        }
        return siteUrl.filter(uri::startsWith).map(base -> uri.substring(base.length()));
    }

    /** Serves the files of the built site, and nothing else. */
    private final class SiteStreams implements FSStreamFactory {
        @Override
        public FSStream getUrl(String url) {
            Optional<byte[]> bytes = sitePath(url).flatMap(files)
                    .map(b -> url.endsWith(".css") ? withVariablesResolved(withoutShippedFontFaces(b, url)) : b);
            return new FSStream() {
                @Override
                public InputStream getStream() {
                    return bytes.map(ByteArrayInputStream::new).orElse(null);
                }

                @Override
                public Reader getReader() {
                    return bytes.map(b -> new InputStreamReader(new ByteArrayInputStream(b), StandardCharsets.UTF_8)).orElse(null);
                }
            };
        }
    }
}
