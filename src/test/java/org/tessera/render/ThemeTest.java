package org.tessera.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.TestFiles;
import org.tessera.model.Problem;
import org.tessera.util.Colours;

/** site.yml's theme and cover reach the web pages and the brochures alike, and a theme that reads badly is fixed, not refused. */
class ThemeTest {

    @TempDir
    Path dir;

    private static byte[] png(Color colour) throws IOException {
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 400, 200);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private TestEdition themed(String colours) throws IOException {
        return TestEdition.minimal(dir.resolve("edition")).photo("assets/logo.png", png(Color.ORANGE))
                .photo("assets/cover.png", png(new Color(30, 120, 60)))
                .site("theme: {colours: {" + colours + "}, logo: assets/logo.png}\n"
                        + "cover: {image: assets/cover.png, alt: A green field, caption: The field, credit: ©Test Fund}\n"
                        + "brochures:\n  - {id: b, title: B, contents: [cover, programme:tajikistan]}");
    }

    private static List<String> problems(TestEdition edition) {
        return edition.check().problems().stream().map(Problem::format).toList();
    }

    @Test
    void a_theme_reaches_the_web_stylesheet_the_header_and_the_home_cover() throws IOException {
        TestEdition edition = themed("primary: \"#8A1538\", accent: \"#C8102E\", on_primary: \"#FFFFFF\"");
        assertEquals(List.of(), problems(edition));
        edition.build();
        String css = TestFiles.read(edition.output().resolve("assets/tessera.css"));
        assertTrue(css.contains("--color-primary: #8a1538;") && css.contains("--color-accent: #c8102e;"), css.substring(css.length() - 300));
        Document home = edition.html("");
        assertEquals("logo.png", home.selectFirst(".site-title__logo").attr("src").replaceAll(".*/", "").replaceAll("\\..*", ".png"));
        assertEquals("A green field", home.selectFirst("figure.hero img").attr("alt"));
    }

    @Test
    void a_theme_colours_the_brochures_pdf_cover_band() throws IOException {
        TestEdition edition = themed("primary: \"#8A1538\"").build();
        try (PDDocument pdf = Loader.loadPDF(edition.output().resolve("brochures/b.pdf").toFile())) {
            BufferedImage cover = new PDFRenderer(pdf).renderImageWithDPI(0, 20);
            Color band = new Color(cover.getRGB(cover.getWidth() / 2, cover.getHeight() / 6));
            assertEquals(new Color(0x8a, 0x15, 0x38), band, "the cover band is drawn in the theme's primary colour");
        }
        assertTrue(TestFiles.read(edition.output().resolve("assets/brochure.css")).contains("--color-primary: #8a1538;"),
                "the print page's stylesheet has the theme too");
    }

    @Test
    void a_primary_colour_too_light_for_text_is_a_warning_and_text_takes_a_darker_shade() throws IOException {
        TestEdition edition = themed("primary: \"#8FB8DE\"");
        List<String> problems = problems(edition);
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("warning: theme: text in the primary colour #8fb8de on white has a contrast of 2.1:1, "
                + "below 4.5:1; headings and figures are set in #"), problems.get(0));
        assertTrue(problems.get(1).contains("warning: theme: text in on_primary #ffffff on the primary colour #8fb8de has a contrast "
                + "of 2.1:1, below 4.5:1; the cover band and footer set their text in #000000 instead"), problems.get(1));
        edition.build();
        String css = TestFiles.read(edition.output().resolve("assets/tessera.css"));
        String shade = css.replaceAll("(?s).*--color-navy: (#[0-9a-f]{6});.*", "$1");
        assertTrue(Colours.contrast(shade, "#ffffff") >= 4.5, shade + " reads on white");
        assertTrue(css.contains("--color-primary: #8fb8de;"), "grounds keep the author's colour");
    }

    @Test
    void a_colour_that_is_not_one_and_a_missing_logo_are_errors() throws IOException {
        assertEquals(List.of("site.yml:4:19: error: theme colour 'primary' must be a colour written #rrggbb, e.g. #8A1538, not \"red\""),
                problems(themed("primary: red")));
        TestEdition edition = themed("primary: \"#8A1538\"").edit("site.yml", "logo: assets/logo.png", "logo: assets/missing.png");
        List<String> problems = problems(edition);
        assertTrue(problems.stream().anyMatch(p -> p.contains("error: the logo assets/missing.png does not exist; put the file there or correct the path")),
                problems::toString);
    }
}
