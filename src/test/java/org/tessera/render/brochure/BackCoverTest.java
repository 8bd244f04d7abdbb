package org.tessera.render.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.BuildResult;
import org.tessera.TestEdition;
import org.tessera.model.Problem;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.results.ValidationResult;

/** The back cover of a brochure: donors' logos (or names), and the web edition's address with a QR code to it. */
class BackCoverTest {

    private static final String ADDRESS = "https://example.org/appeal/";
    private static final String DONORS = """
            donor,amount,currency,kind,logo
            Germany,1000000,USD,member-state,assets/logos/germany.png
            Nigeria,750000,USD,member-state,assets/logos/nigeria.svg
            Sweden,500000,USD,member-state,
            """;
    /** A green and white logo with a word in it: only this logo is green on the back cover. */
    private static final String SVG_LOGO = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 120" width="300" height="120">
            <rect width="100" height="120" fill="#008751"/><rect x="200" width="100" height="120" fill="#008751"/>
            <text x="110" y="70" font-size="30">NG</text></svg>
            """;

    @TempDir
    static Path temp;

    private static TestEdition absolute;
    private static TestEdition path;

    @BeforeAll
    static void build() throws IOException {
        absolute = edition(temp.resolve("absolute/edition"), ADDRESS).build();
        path = edition(temp.resolve("path/edition"), "/appeal/").build();
    }

    private static TestEdition edition(Path root, String baseUrl) throws IOException {
        return edition(root, baseUrl, "A4", DONORS);
    }

    private static TestEdition edition(Path root, String baseUrl, String paper, String donors) throws IOException {
        return TestEdition.minimal(root).site("base_url: " + baseUrl + "\n"
                        + "brochures:\n  - {id: appeal, title: Appeal, paper: " + paper + ", contents: [cover, back-cover]}")
                .file("content/data/donors.csv", donors)
                .photo("assets/logos/germany.png", logo())
                .file("assets/logos/nigeria.svg", SVG_LOGO);
    }

    /** A flag-like logo of three bands, 300 × 120 pixels. */
    private static byte[] logo() throws IOException {
        BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Color[] bands = {Color.BLACK, Color.RED, Color.YELLOW};
        for (int i = 0; i < bands.length; i++) {
            g.setColor(bands[i]);
            g.fillRect(0, i * 40, 300, 40);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void the_print_page_shows_the_logo_of_a_donor_with_one_and_the_name_of_the_others() {
        List<Element> donors = absolute.html("brochures/appeal/").select(".b-back__donors .b-back__donor");
        assertEquals(3, donors.size(), donors.toString());
        for (int i = 0; i < 2; i++) {
            Element logo = donors.get(i).selectFirst("img");
            assertTrue(logo != null, donors.toString());
            assertEquals(List.of("Germany", "Nigeria").get(i), logo.attr("alt"));
            assertTrue(Files.isRegularFile(absolute.output().resolve("brochures/appeal").resolve(logo.attr("src")).normalize()),
                    "the logo " + logo.attr("src") + " is published");
        }
        assertEquals("Sweden", donors.get(2).text());
        assertTrue(donors.get(2).select("img").isEmpty(), donors.toString());
    }

    @Test
    void the_pdf_back_cover_draws_the_logos_and_names_the_donor_without_one() throws Exception {
        try (PDDocument pdf = pdf(absolute)) {
            PDPage back = pdf.getPage(pdf.getNumberOfPages() - 1);
            int images = 0;
            for (COSName name : back.getResources().getXObjectNames()) {
                images += back.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
            }
            assertEquals(1, images, "image XObjects on the back cover: the PNG logo");
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(pdf.getNumberOfPages() - 1, 72);
            assertTrue(pixels(page, new Color(0x008751)) > 200, "the SVG logo's green is drawn");
            String text = backCoverText(pdf);
            assertTrue(text.contains("Sweden"), text);
            assertFalse(text.contains("Germany") || text.contains("Nigeria"), "donors with a logo are shown by it: " + text);
        }
        VeraGreenfieldFoundryProvider.initialise();
        ValidationResult result = BrochureTest.validate(absolute.output().resolve("brochures/appeal.pdf"));
        assertTrue(result.isCompliant(), () -> "the back cover fails PDF/UA-1: " + BrochureTest.failures(result));
    }

    @Test
    void with_an_absolute_base_url_the_pdf_back_cover_prints_the_address_and_a_qr_code_to_it() throws Exception {
        try (PDDocument pdf = pdf(absolute)) {
            assertTrue(backCoverText(pdf).contains("example.org/appeal/"), backCoverText(pdf));
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(pdf.getNumberOfPages() - 1, 150);
            assertEquals(ADDRESS, decode(page));
        }
    }

    @Test
    void with_an_absolute_base_url_the_print_page_shows_the_address_and_a_qr_code_to_it() throws Exception {
        Document page = absolute.html("brochures/appeal/");
        Element web = page.selectFirst(".b-back__web");
        assertTrue(web != null, page.select(".b-back").toString());
        assertTrue(web.text().contains("example.org/appeal/"), web.text());
        Element qr = web.selectFirst("svg.b-qr");
        assertEquals("QR code: " + ADDRESS, qr.attr("aria-label"));
        assertEquals("img", qr.attr("role"));
        assertEquals(ADDRESS, decode(drawn(qr)));
    }

    @Test
    void with_a_base_url_that_is_a_path_there_is_no_address_and_no_qr_code() throws Exception {
        assertTrue(path.html("brochures/appeal/").select(".b-back__web, .b-qr").isEmpty());
        try (PDDocument pdf = pdf(path)) {
            assertFalse(backCoverText(pdf).contains("appeal/"), backCoverText(pdf));
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(pdf.getNumberOfPages() - 1, 150);
            assertThrows(NotFoundException.class, () -> decode(page));
        }
    }

    @Test
    void the_band_with_the_address_and_the_edition_sits_at_the_foot_of_the_back_cover_on_a4_and_letter() throws Exception {
        TestEdition letter = edition(temp.resolve("letter/edition"), ADDRESS, "letter", DONORS).build();
        for (TestEdition edition : List.of(absolute, letter)) {
            try (PDDocument pdf = pdf(edition)) {
                BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(pdf.getNumberOfPages() - 1, 72);
                int[] band = bandRows(page);
                // The text box ends 20 mm above the paper's edge; under the band runs a 3 mm rule: the band ends within
                // 30 mm of the edge.
                assertTrue(band[1] > page.getHeight() - 30 * 72 / 25.4, "the band ends at y " + band[1] + " of " + page.getHeight());
                assertTrue(band[0] > page.getHeight() * 2 / 3, "the band starts at y " + band[0] + " of " + page.getHeight());
                assertEquals(ADDRESS, decode(page.getSubimage(0, band[0], page.getWidth(), band[1] - band[0] + 1)),
                        "the QR code is in the band");
                String text = backCoverText(pdf);
                assertTrue(text.contains("Sweden") && text.indexOf("Sweden") < text.indexOf("example.org/appeal/"),
                        "contributors first, then the address: " + text);
            }
        }
    }

    @Test
    void contributors_too_many_for_one_page_run_on_and_the_whole_band_follows_them_never_under_their_names() throws Exception {
        StringBuilder donors = new StringBuilder("donor,amount,currency,kind,logo\n");
        for (int i = 1; i <= 400; i++) {
            donors.append("Contributor number ").append(i).append(',').append(1000 * i).append(",USD,member-state,\n");
        }
        TestEdition many = edition(temp.resolve("many/edition"), ADDRESS, "A4", donors.toString()).build();
        try (PDDocument pdf = pdf(many)) {
            int last = pdf.getNumberOfPages() - 1;
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(last, 72);
            int[] band = bandRows(page);
            assertTrue(band[1] - band[0] > 40 * 72 / 25.4, "the band is whole on the last page: rows " + band[0] + "–" + band[1]);
            float lowest = lowestLine(pdf, last, "Contributor number");
            assertTrue(lowest < band[0], "a contributor's name at y " + lowest + ", the band starts at y " + band[0]);
            assertTrue(last >= 2, "cover and a back cover of 2 pages or more: " + pdf.getNumberOfPages() + " pages");
            assertEquals(ADDRESS, decode(page));
        }
    }

    /** The first and last rows of {@code page} (72 dpi) that are mostly the band's colour, the built-in navy. */
    private static int[] bandRows(BufferedImage page) {
        int first = -1;
        int last = -1;
        for (int y = 0; y < page.getHeight(); y++) {
            int navy = pixels(page.getSubimage(0, y, page.getWidth(), 1), new Color(0x0b3a63));
            if (navy > page.getWidth() / 3) {
                first = first < 0 ? y : first;
                last = y;
            }
        }
        assertTrue(first >= 0, "no band on the back cover");
        return new int[] {first, last};
    }

    /** The lowest baseline, in points from the top of page {@code index}, of a line starting with {@code prefix}. */
    private static float lowestLine(PDDocument pdf, int index, String prefix) throws IOException {
        float[] lowest = {-1};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                if (text.contains(prefix)) {
                    positions.forEach(p -> lowest[0] = Math.max(lowest[0], p.getYDirAdj()));
                }
                super.writeString(text, positions);
            }
        };
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        stripper.getText(pdf);
        assertTrue(lowest[0] >= 0, "no \"" + prefix + "\" on page " + (index + 1));
        return lowest[0];
    }

    @Test
    void a_logo_naming_a_missing_asset_is_an_error_at_its_cell(@TempDir Path dir) {
        // Neither nowhere.png nor nigeria.svg is in this edition's assets.
        BuildResult result = TestEdition.minimal(dir.resolve("edition"))
                .file("content/data/donors.csv", DONORS.replace("germany.png", "nowhere.png")).check();
        List<String> errors = result.problems().stream().filter(Problem::isError).map(Problem::format).toList();
        assertEquals(List.of("content/data/donors.csv:2:5: error: the logo assets/logos/nowhere.png does not exist; "
                        + "put the file there or correct the path",
                "content/data/donors.csv:3:5: error: the logo assets/logos/nigeria.svg does not exist; "
                        + "put the file there or correct the path"), errors);
    }

    private static int pixels(BufferedImage image, Color colour) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                count += Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue()) < 30 ? 1 : 0;
            }
        }
        return count;
    }

    private static PDDocument pdf(TestEdition edition) throws IOException {
        return Loader.loadPDF(edition.output().resolve("brochures/appeal.pdf").toFile());
    }

    private static String backCoverText(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(pdf.getNumberOfPages());
        return stripper.getText(pdf);
    }

    /** The print page's QR code drawn as the browser would: each "M x y h1v1h-1z" of its path a black square of 4 px. */
    private static BufferedImage drawn(Element svg) {
        String[] box = svg.attr("viewBox").split(" ");
        int size = Integer.parseInt(box[2]);
        BufferedImage image = new BufferedImage(size * 4, size * 4, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size * 4, size * 4);
        g.setColor(Color.BLACK);
        Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg.selectFirst("path").attr("d"));
        while (module.find()) {
            g.fillRect(Integer.parseInt(module.group(1)) * 4, Integer.parseInt(module.group(2)) * 4, 4, 4);
        }
        g.dispose();
        return image;
    }

    private static String decode(BufferedImage image) throws NotFoundException {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new MultiFormatReader().decode(bitmap).getText();
    }
}
