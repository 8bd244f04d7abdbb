package org.tessera.render.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.BuildResult;
import org.tessera.TestEdition;
import org.tessera.Tessera;

class ResponsivePhotosTest {

    @TempDir
    Path dir;

    private BuildResult build(TestEdition edition) {
        return Tessera.build(edition.root(), dir.resolve("out"), false);
    }

    private TestEdition edition() {
        return TestEdition.minimal(dir.resolve("edition"));
    }

    private Path out(String path) {
        return dir.resolve("out").resolve(path);
    }

    private static BufferedImage read(Path file) throws IOException {
        return ImageIO.read(file.toFile());
    }

    @Test
    void photo_is_published_at_480_960_and_1600_pixels_wide_and_the_original_is_not() throws Exception {
        BuildResult result = build(edition().photo("assets/photos/field.jpg", Photos.jpeg(2400, 1200)).hero("assets/photos/field.jpg"));

        assertTrue(result.published(), result.problems().toString());
        assertEquals(480, read(out("assets/photos/field.480w.jpg")).getWidth());
        assertEquals(240, read(out("assets/photos/field.480w.jpg")).getHeight());
        assertEquals(960, read(out("assets/photos/field.960w.jpg")).getWidth());
        assertEquals(1600, read(out("assets/photos/field.1600w.jpg")).getWidth());
        assertFalse(Files.exists(out("assets/photos/field.jpg")));
    }

    @Test
    void small_photo_is_never_enlarged() throws Exception {
        build(edition().photo("assets/small.jpg", Photos.jpeg(700, 350)).hero("assets/small.jpg"));

        assertEquals(480, read(out("assets/small.480w.jpg")).getWidth());
        assertEquals(700, read(out("assets/small.700w.jpg")).getWidth());
        assertFalse(Files.exists(out("assets/small.960w.jpg")));
        assertFalse(Files.exists(out("assets/small.1600w.jpg")));
    }

    @Test
    void hero_lists_its_sizes_in_srcset_with_width_and_height_and_loads_first() throws Exception {
        build(edition().photo("assets/photos/field.jpg", Photos.jpeg(2400, 1200)).hero("assets/photos/field.jpg"));
        String html = Files.readString(out("programmes/tajikistan/index.html"));
        // Under the programme's title, which on a phone may fill the screen: lazy, and first once in view.

        assertTrue(html.contains("<img src=\"../../assets/photos/field.960w.jpg\" srcset=\"../../assets/photos/field.480w.jpg 480w, "
                + "../../assets/photos/field.960w.jpg 960w, ../../assets/photos/field.1600w.jpg 1600w\" sizes=\"(min-width: 72rem) 72rem, 100vw\" "
                + "width=\"960\" height=\"480\" alt=\"A green field under a pale sky\" loading=\"lazy\" fetchpriority=\"high\""), html);
        assertTrue(html.contains("A field at dawn <span class=\"credit\">©Test Fund</span>"), html);
    }

    @Test
    void story_photo_with_a_title_becomes_a_lazy_figure_with_caption_and_credit() throws Exception {
        build(edition().photo("assets/photos/well.jpg", Photos.jpeg(1200, 800))
                .story("Text before.\n\n![A water point in a village](assets/photos/well.jpg \"The new water point | ©IOM\")\n\nText after.\n"));
        String html = Files.readString(out("programmes/tajikistan/index.html"));

        assertTrue(html.contains("<figure class=\"photo\"><img src=\"../../assets/photos/well.960w.jpg\" srcset=\"../../assets/photos/well.480w.jpg 480w, "
                + "../../assets/photos/well.960w.jpg 960w, ../../assets/photos/well.1200w.jpg 1200w\" sizes=\"(min-width: 44rem) 42rem, 100vw\" "
                + "width=\"960\" height=\"640\" alt=\"A water point in a village\" loading=\"lazy\""), html);
        assertTrue(html.contains("<figcaption>The new water point <span class=\"credit\">©IOM</span></figcaption></figure>"), html);
    }

    @Test
    void photo_inside_a_sentence_stays_an_image_with_its_sizes() throws Exception {
        build(edition().photo("assets/logo.png", Photos.png(600, 200))
                .story("Our partner ![Partner logo](assets/logo.png \"©Partner\") supports the programme.\n"));
        String html = Files.readString(out("programmes/tajikistan/index.html"));

        assertTrue(html.contains("<p>Our partner <img src=\"../../assets/logo.600w.png\" srcset=\"../../assets/logo.480w.png 480w, "
                + "../../assets/logo.600w.png 600w\""), html);
        assertFalse(html.contains("<figure class=\"photo\">"), html);
    }

    @Test
    void image_no_page_uses_is_copied_as_it_is_when_it_carries_no_metadata() throws Exception {
        byte[] logo = Photos.png(300, 100);
        build(edition().photo("assets/logo.png", logo));

        assertArrayEquals(logo, Files.readAllBytes(out("assets/logo.png")));
    }

    @Test
    void image_no_page_uses_is_published_cleaned_at_most_1600_wide_when_it_carries_metadata() throws Exception {
        build(edition().photo("assets/background.jpg", Photos.cameraJpeg(3000, 1000, 1)));

        assertEquals(1600, read(out("assets/background.jpg")).getWidth());
        assertFalse(Files.readString(out("assets/background.jpg"), java.nio.charset.StandardCharsets.ISO_8859_1).contains("TestCam"));
    }

    @Test
    void edition_can_ask_for_the_full_size_photos_too_still_without_metadata() throws Exception {
        build(edition().site("images: {publish_originals: true}")
                .photo("assets/photos/field.jpg", Photos.cameraJpeg(2400, 1200, 1)).hero("assets/photos/field.jpg"));

        assertEquals(2400, read(out("assets/photos/field.jpg")).getWidth());
        assertFalse(Files.readString(out("assets/photos/field.jpg"), java.nio.charset.StandardCharsets.ISO_8859_1).contains("TestCam"));
        assertTrue(Files.exists(out("assets/photos/field.480w.jpg")));
    }

    @Test
    void svg_and_other_files_are_copied_as_they_are() throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>";
        build(edition().file("assets/logo.svg", svg));

        assertEquals(svg, Files.readString(out("assets/logo.svg")));
    }

    @Test
    void missing_alt_text_or_credit_is_a_warning_and_fails_a_strict_build() throws Exception {
        TestEdition edition = edition().photo("assets/well.jpg", Photos.jpeg(600, 400))
                .story("![](assets/well.jpg \"The new water point\")\n");

        BuildResult lenient = Tessera.build(edition.root(), dir.resolve("out"), false);
        BuildResult strict = Tessera.build(edition.root(), dir.resolve("strict"), true);

        assertTrue(lenient.published());
        assertTrue(lenient.problems().stream().anyMatch(p -> p.format().equals("content/programmes/tajikistan.md:1: warning: the image "
                + "assets/well.jpg has no alt text; describe the photo between the brackets: ![what it shows](assets/well.jpg)")), lenient.problems().toString());
        assertTrue(lenient.problems().stream().anyMatch(p -> p.message().startsWith("the image assets/well.jpg has no credit")));
        assertFalse(strict.published());
    }

    @Test
    void story_image_that_does_not_exist_is_an_error() throws Exception {
        BuildResult result = build(edition().story("Intro.\n\n![A well](assets/nowhere.jpg \"A well | ©IOM\")\n"));

        assertFalse(result.published());
        assertTrue(result.problems().stream().anyMatch(p -> p.format().equals(
                "content/programmes/tajikistan.md:3: error: the image assets/nowhere.jpg does not exist")), result.problems().toString());
    }

    @Test
    void sizes_and_caption_survive_the_cleaning_of_raw_html() throws Exception {
        build(edition().site("allow_html: true").photo("assets/well.jpg", Photos.jpeg(1200, 800))
                .story("![A water point](assets/well.jpg \"The new water point | ©IOM\")\n"));
        String html = Files.readString(out("programmes/tajikistan/index.html"));

        assertTrue(html.contains("srcset=\"../../assets/well.480w.jpg 480w, ../../assets/well.960w.jpg 960w, ../../assets/well.1200w.jpg 1200w\""), html);
        assertTrue(html.contains("<figcaption>The new water point <span class=\"credit\">©IOM</span></figcaption>"), html);
    }

    @Test
    void progressive_jpeg_source_is_resized_like_any_other() throws Exception {
        byte[] progressive = ImageCodec.encode(Photos.halves(1000, 500), "jpeg", 0.9f); // Tessera writes progressive JPEGs
        build(edition().photo("assets/progressive.jpg", progressive).hero("assets/progressive.jpg"));

        assertEquals(480, read(out("assets/progressive.480w.jpg")).getWidth());
        assertEquals(1000, read(out("assets/progressive.1000w.jpg")).getWidth());
    }
}
