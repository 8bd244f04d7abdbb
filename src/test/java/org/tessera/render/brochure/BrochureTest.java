package org.tessera.render.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.BuildResult;
import org.tessera.TestEdition;
import org.tessera.Tessera;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Builds the example edition's brochures (and a small Letter one) once, then reads the real PDFs back with PDFBox
 * and validates each once with veraPDF against PDF/UA-1.
 */
class BrochureTest {

    private static final String MPTF = "mptf-in-action-2023";
    private static final String GENDER = "gender-spotlight-2024";

    @TempDir
    static Path temp;

    private static Path site;
    private static Path letterSite;
    private static final Map<String, PDDocument> pdfs = new HashMap<>();
    private static final Map<String, ValidationResult> verapdf = new HashMap<>();

    private static final Map<String, ValidationResult> archival = new HashMap<>();

    @BeforeAll
    static void buildBrochures() throws Exception {
        site = temp.resolve("site");
        BuildResult example = Tessera.build(Path.of("").toAbsolutePath(), site, false);
        assertTrue(example.published(), () -> "example edition failed to build: " + example.problems());
        Path letter = TestEdition.minimal(temp.resolve("letter")).site("""
                language: fr
                brochures:
                  - {id: letter, title: "Éducation — Образование — التعليم", paper: Letter, contents: [cover, programme:tajikistan, back-cover]}
                """).programme("""
                hero: {image: assets/field.png, caption: Farmer field school in Khatlon, credit: © IOM 2021, alt: Women planting seedlings in a field}
                """).root();
        writePhoto(letter.resolve("assets/field.png"));
        letterSite = temp.resolve("letter-site");
        BuildResult small = Tessera.build(letter, letterSite, false);
        assertTrue(small.published(), () -> "letter edition failed to build: " + small.problems());

        pdfs.put(MPTF, Loader.loadPDF(site.resolve("brochures/" + MPTF + ".pdf").toFile()));
        pdfs.put(GENDER, Loader.loadPDF(site.resolve("brochures/" + GENDER + ".pdf").toFile()));
        pdfs.put("letter", Loader.loadPDF(letterSite.resolve("brochures/letter.pdf").toFile()));

        VeraGreenfieldFoundryProvider.initialise();
        verapdf.put(MPTF, validate(site.resolve("brochures/" + MPTF + ".pdf")));
        verapdf.put(GENDER, validate(site.resolve("brochures/" + GENDER + ".pdf")));
        verapdf.put("letter", validate(letterSite.resolve("brochures/letter.pdf")));
        for (String id : List.of(MPTF, GENDER)) {
            archival.put(id, validate(site.resolve("brochures/" + id + ".pdf"), PDFAFlavour.PDFA_2_A));
        }
        archival.put("letter", validate(letterSite.resolve("brochures/letter.pdf"), PDFAFlavour.PDFA_2_A));
        // The example's translations: French, and Arabic laid out right to left with ICU's bidi and shaping.
        for (String language : List.of("fr", "ar")) {
            for (String id : List.of(MPTF, GENDER)) {
                Path pdf = site.resolve(language + "/brochures/" + id + ".pdf");
                verapdf.put(language + "/" + id, validate(pdf));
                archival.put(language + "/" + id, validate(pdf, PDFAFlavour.PDFA_2_A));
            }
        }
    }

    @AfterAll
    static void close() throws IOException {
        for (PDDocument pdf : pdfs.values()) {
            pdf.close();
        }
    }

    private static void writePhoto(Path file) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 60, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x009edb));
        g.fillRect(0, 0, 120, 60);
        g.dispose();
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(image, "png", file.toFile());
    }

    static ValidationResult validate(Path pdf) throws Exception {
        return validate(pdf, PDFAFlavour.PDFUA_1);
    }

    static ValidationResult validate(Path pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(Files.readAllBytes(pdf)), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            return validator.validate(parser);
        }
    }

    @Test
    void every_brochure_is_published_as_pdf_and_print_page() {
        for (String id : List.of(MPTF, GENDER)) {
            assertTrue(Files.isRegularFile(site.resolve("brochures/" + id + ".pdf")), id + ".pdf");
            assertTrue(Files.isRegularFile(site.resolve("brochures/" + id + "/index.html")), id + "/index.html");
        }
    }

    @Test
    void a4_pages_measure_595_by_842_points() {
        for (PDPage page : pdfs.get(MPTF).getPages()) {
            assertEquals(595.3, page.getMediaBox().getWidth(), 1.0);
            assertEquals(841.9, page.getMediaBox().getHeight(), 1.0);
        }
    }

    @Test
    void letter_pages_measure_612_by_792_points() {
        for (PDPage page : pdfs.get("letter").getPages()) {
            assertEquals(612, page.getMediaBox().getWidth(), 1.0);
            assertEquals(792, page.getMediaBox().getHeight(), 1.0);
        }
    }

    @Test
    void page_counts_fit_the_contents() {
        int mptf = pdfs.get(MPTF).getNumberOfPages();
        int gender = pdfs.get(GENDER).getNumberOfPages();
        assertTrue(mptf >= 8 && mptf <= 24, "cover, 4 programmes, a page, donors and back cover: " + mptf + " pages");
        assertTrue(gender >= 3 && gender <= 14, "cover, one page and back cover: " + gender + " pages");
    }

    @Test
    void text_holds_titles_and_figures() throws IOException {
        String text = normalized(text(pdfs.get(MPTF)));
        for (String expected : List.of("Migration MPTF in Action", "SEPTEMBER 2023", "MIGRATION MULTI-PARTNER TRUST FUND",
                "Empowerment of 'families left behind' for improved migration outcomes in Khatlon, Tajikistan",
                "2,200,000", "1,540,000", "Contribution (USD)", "19,569,912", "57,398,734", "38.3% of the USD 150 million capitalization target by 2026",
                "migrationmptf@iom.int", "Robert Bosch Stiftung GmbH")) {
            assertTrue(text.contains(expected), () -> "missing from the PDF text: " + expected);
        }
    }

    @Test
    void running_header_and_page_numbers_are_printed() throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(3);
        stripper.setEndPage(3);
        String page = stripper.getText(pdfs.get(MPTF));
        assertTrue(page.contains("Migration MPTF in Action"), page);
        assertTrue(page.strip().endsWith("3") || page.contains("\n3\n"), page);
    }

    @Test
    void cyrillic_and_arabic_titles_come_out_as_text() throws IOException {
        String text = text(pdfs.get("letter"));
        assertTrue(text.contains("Образование"), text);
        assertTrue(text.contains("Tadjikistan"), "French country names: " + text);
    }

    @Test
    void hero_photo_is_printed_with_its_caption_and_credit() throws IOException {
        PDDocument pdf = pdfs.get("letter");
        boolean photo = false;
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                photo |= page.getResources().getXObject(name) instanceof PDImageXObject;
            }
        }
        assertTrue(photo, "no photograph in the PDF");
        String text = text(pdf);
        assertTrue(text.contains("Farmer field school in Khatlon"), text);
        assertTrue(text.contains("© IOM 2021"), text);
        String print = Files.readString(letterSite.resolve("brochures/letter/index.html"));
        java.util.regex.Matcher src = java.util.regex.Pattern.compile("<img src=\"\\.\\./\\.\\./([^\"]+)\"").matcher(print);
        assertTrue(src.find(), print);
        assertTrue(Files.isRegularFile(letterSite.resolve(src.group(1))), "the print page's photograph " + src.group(1));
    }

    @Test
    void no_page_ends_with_a_heading() throws IOException {
        for (String id : List.of(MPTF, GENDER)) {
            org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(Files.readString(site.resolve("brochures/" + id + "/index.html")));
            java.util.Set<String> headings = new java.util.HashSet<>();
            html.select("h1, h2, h3, h4").forEach(h -> headings.add(h.text().toLowerCase(java.util.Locale.ROOT)));
            List<String> pages = pageTexts(pdfs.get(id));
            for (int i = 0; i < pages.size() - 1; i++) {
                List<String> lines = pages.get(i).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                if (!lines.get(lines.size() - 1).matches("\\d+")) {
                    continue; // a cover: no running footer, and its contents list repeats the headings
                }
                String last = lines.get(lines.size() - 2).toLowerCase(java.util.Locale.ROOT); // the page number is last
                assertFalse(headings.contains(last), id + " page " + (i + 1) + " ends with the heading \"" + last + "\"");
            }
        }
    }

    @Test
    void a_tile_keeps_its_figure_and_label_on_one_page() throws IOException {
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(Files.readString(site.resolve("brochures/" + MPTF + "/index.html")));
        List<String> pages = pageTexts(pdfs.get(MPTF)).stream().map(BrochureTest::unhyphenated).toList();
        int tiles = 0;
        for (org.jsoup.nodes.Element tile : html.select(".tile")) {
            String figure = tile.select(".tile__figure").text();
            List<String> words = List.of(unhyphenated(tile.select(".tile__label").text()).split(" "));
            String start = String.join(" ", words.subList(0, Math.min(2, words.size())));
            String end = String.join(" ", words.subList(Math.max(0, words.size() - 2), words.size()));
            // Cells side by side interleave in extracted text, so look for the parts of a tile rather than the whole.
            assertTrue(pages.stream().anyMatch(page -> page.contains(figure) && page.contains(start) && page.contains(end)),
                    "tile split across pages or missing: " + figure + " " + words);
            tiles++;
        }
        assertTrue(tiles > 10, "tiles in the brochure: " + tiles);
    }

    @Test
    void every_font_is_embedded() throws IOException {
        for (Map.Entry<String, PDDocument> pdf : pdfs.entrySet()) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getValue().getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertTrue(font.isEmbedded(), pdf.getKey() + ": " + font.getName() + " is not embedded");
                }
            }
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("NotoSans-Regular")), pdf.getKey() + ": " + fonts);
        }
    }

    @Test
    void pdf_has_title_language_and_a_bookmark_per_section() {
        PDDocument pdf = pdfs.get(MPTF);
        assertEquals("Migration MPTF in Action", pdf.getDocumentInformation().getTitle());
        assertEquals("en", pdf.getDocumentCatalog().getLanguage());
        // dated by the edition, not the build, so the same brochure is always the same bytes
        assertEquals("2023-09-01T00:00Z", pdf.getDocumentInformation().getCreationDate().toInstant().toString().replace(":00Z", "Z"));
        List<String> bookmarks = new ArrayList<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            bookmarks.add(item.getTitle());
        }
        assertEquals(List.of(
                "Empowerment of 'families left behind' for improved migration outcomes in Khatlon, Tajikistan",
                "Strengthening border management, social cohesion, and cross-border security in the Parrot's Beak region",
                "Addressing drivers and facilitating safe, orderly, and regular migration in the contexts of disasters and climate change in the IGAD region",
                "Capacity building of local governments in Santiago (Chile) and Mexico City (Mexico) to strengthen the socioeconomic "
                        + "integration of migrants and refugees through access to decent work, sustainable livelihoods, and social dialogue",
                "Spotlight on gender equality and women's empowerment in Joint Programmes", "Donors", "Contact"), bookmarks);
    }

    @Test
    void contents_links_jump_into_the_brochure_and_contact_links_leave_it() throws IOException {
        PDDocument pdf = pdfs.get(MPTF);
        java.util.Set<String> contents = new java.util.HashSet<>();
        List<String> uris = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    if (link.getAction() instanceof PDActionGoTo) {
                        contents.add(link.getContents());
                    } else if (link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        assertTrue(contents.containsAll(List.of("Donors", "Contact",
                "Empowerment of 'families left behind' for improved migration outcomes in Khatlon, Tajikistan")), contents.toString());
        assertEquals(7, contents.size(), "a contents link per section: " + contents);
        assertTrue(uris.contains("mailto:migrationmptf@iom.int"), uris.toString());
        assertTrue(uris.contains("https://mptf.undp.org/fund/mig00"), uris.toString());
    }

    @Test
    void charts_are_vectors_with_their_labels_as_text() throws IOException {
        PDDocument pdf = pdfs.get(GENDER);
        int charts = 0;
        // Page 1 is the cover, with the edition's cover photograph; the charts are on the pages after it.
        for (int i = 1; i < pdf.getNumberOfPages(); i++) {
            PDPage page = pdf.getPage(i);
            for (COSName name : page.getResources().getXObjectNames()) {
                PDXObject object = page.getResources().getXObject(name);
                assertFalse(object instanceof PDImageXObject, "a chart drawn as a picture");
                if (object instanceof PDFormXObject form && form.getResources() != null
                        && form.getResources().getFontNames().iterator().hasNext()) {
                    charts++;
                }
            }
        }
        assertTrue(charts >= 1, "no chart drawn with text");
        String text = text(pdf);
        int tableAndChart = text.split("Robert Bosch Stiftung GmbH", -1).length - 1;
        assertTrue(tableAndChart >= 1, text);
    }

    @Test
    void print_page_uses_the_same_stylesheet_and_paper() throws IOException {
        String html = Files.readString(site.resolve("brochures/" + MPTF + "/index.html"));
        assertTrue(html.contains("href=\"../../assets/brochure.css\""), html);
        assertTrue(html.contains("size: A4"), html);
        assertTrue(Files.isRegularFile(site.resolve("assets/brochure.css")));
        assertTrue(Files.isRegularFile(site.resolve("assets/fonts/NotoSans-Regular.ttf")));
        String letter = Files.readString(letterSite.resolve("brochures/letter/index.html"));
        assertTrue(letter.contains("size: letter"), letter);
    }

    @Test
    void an_edition_stylesheet_replaces_the_built_in_one_in_the_pdf(@TempDir Path dir) throws IOException {
        Path edition = TestEdition.minimal(dir.resolve("edition")).site("""
                brochures: [{id: themed, title: Quiet title, contents: [cover]}]
                """).file("assets/brochure.css", ".b-cover__title { text-transform: uppercase; }").root();
        BuildResult result = Tessera.build(edition, dir.resolve("site"), false);
        assertTrue(result.published(), result.problems().toString());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("site/brochures/themed.pdf").toFile())) {
            assertTrue(text(pdf).contains("QUIET TITLE"), text(pdf));
            assertTrue(pdf.getPage(0).getResources().getFontNames().iterator().hasNext(), "fonts still embedded");
        }
    }

    @Test
    void an_edition_font_file_replacing_a_shipped_one_is_the_one_embedded(@TempDir Path dir) throws IOException {
        Path dejaVu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"); // fonts-dejavu-core, see .ci/run
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(dejaVu), "DejaVu Sans is not installed");
        Path edition = TestEdition.minimal(dir.resolve("edition")).site("""
                brochures: [{id: own-font, title: Own font, contents: [cover]}]
                """).root();
        Files.createDirectories(edition.resolve("assets/fonts"));
        Files.copy(dejaVu, edition.resolve("assets/fonts/NotoSans-Regular.ttf"));
        Files.copy(dejaVu, edition.resolve("assets/fonts/NotoSans-Bold.ttf"));
        BuildResult result = Tessera.build(edition, dir.resolve("site"), false);
        assertTrue(result.published(), result.problems().toString());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("site/brochures/own-font.pdf").toFile())) {
            List<String> fonts = new ArrayList<>();
            for (COSName name : pdf.getPage(0).getResources().getFontNames()) {
                fonts.add(pdf.getPage(0).getResources().getFont(name).getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("DejaVuSans")), fonts.toString());
            assertTrue(fonts.stream().noneMatch(f -> f.contains("NotoSans-Regular")), fonts.toString());
        }
    }

    @Test
    void example_brochures_pass_verapdf_pdf_ua_1() {
        for (Map.Entry<String, ValidationResult> result : verapdf.entrySet()) {
            assertTrue(result.getValue().isCompliant(), () -> result.getKey() + " fails PDF/UA-1: " + failures(result.getValue()));
        }
    }

    @Test
    void example_brochures_are_archival_pdf_a_2a() {
        for (Map.Entry<String, ValidationResult> result : archival.entrySet()) {
            assertTrue(result.getValue().isCompliant(), () -> result.getKey() + " fails PDF/A-2a: " + failures(result.getValue()));
        }
    }

    static String failures(ValidationResult result) {
        StringBuilder out = new StringBuilder();
        for (TestAssertion assertion : result.getTestAssertions()) {
            if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                out.append("\n  ").append(assertion.getRuleId().getClause()).append('-').append(assertion.getRuleId().getTestNumber())
                        .append(": ").append(assertion.getMessage()).append(" at ").append(assertion.getLocation().getContext());
            }
        }
        return out.toString();
    }

    private static List<String> pageTexts(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(pdf));
        }
        return pages;
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    /** Words broken at a hyphen across lines, as a label wraps, read as written without the hyphen. */
    private static String unhyphenated(String text) {
        return normalized(text.replaceAll("-\\s*", ""));
    }

    /** Line breaks inside long titles become spaces. */
    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
