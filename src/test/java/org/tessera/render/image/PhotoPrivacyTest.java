package org.tessera.render.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.BuildResult;
import org.tessera.TestEdition;
import org.tessera.Tessera;

class PhotoPrivacyTest {

    @TempDir
    Path dir;

    /** The metadata directories a file holds, by name (e.g. "JPEG", "JFIF", "GPS", "XMP", "JpegComment"). */
    private static List<String> directories(Path file) throws Exception {
        Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
        List<String> names = new ArrayList<>();
        for (Directory directory : metadata.getDirectories()) {
            names.add(directory.getName());
        }
        return names;
    }

    @Test
    void the_fixture_really_carries_gps_xmp_and_a_comment() throws Exception {
        Path source = dir.resolve("camera.jpg");
        Files.write(source, Photos.cameraJpeg(1200, 800, 1));

        Metadata metadata = ImageMetadataReader.readMetadata(source.toFile());
        assertNotNull(metadata.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation());
        assertTrue(directories(source).containsAll(List.of("Exif IFD0", "GPS", "XMP", "JpegComment")), directories(source).toString());
    }

    @Test
    void published_photo_keeps_no_gps_exif_xmp_or_comment_of_the_camera_original() throws Exception {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition"))
                .photo("assets/photos/shelter.jpg", Photos.cameraJpeg(1200, 800, 1)).hero("assets/photos/shelter.jpg");

        BuildResult result = Tessera.build(edition.root(), dir.resolve("out"), false);

        assertTrue(result.published(), result.problems().toString());
        for (String variant : List.of("shelter.480w.jpg", "shelter.960w.jpg", "shelter.1200w.jpg")) {
            Path published = dir.resolve("out/assets/photos").resolve(variant);
            List<String> found = directories(published);
            for (String personal : List.of("Exif IFD0", "Exif SubIFD", "GPS", "XMP", "IPTC", "JpegComment", "Exif Thumbnail")) {
                assertFalse(found.contains(personal), variant + " still has " + personal + ": " + found);
            }
            String bytes = new String(Files.readAllBytes(published), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains("TestCam") || bytes.contains("Secret Photographer") || bytes.contains("shelter on Rue"), variant);
        }
    }

    @Test
    void check_warns_that_a_source_photo_records_where_it_was_taken() throws Exception {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition"))
                .photo("assets/photos/shelter.jpg", Photos.cameraJpeg(600, 400, 1)).hero("assets/photos/shelter.jpg");

        BuildResult result = Tessera.check(edition.root());

        assertEquals(1, result.warnings(), result.problems().toString());
        assertTrue(result.problems().get(0).format().startsWith("assets/photos/shelter.jpg: warning: this photo records where it "
                + "was taken (GPS coordinates)"), result.problems().get(0).format());
    }

    @Test
    void photo_turned_by_its_exif_orientation_is_published_upright() throws Exception {
        // Stored 1200 × 600, red on the left; orientation 6 means "turn 90° clockwise to view": 600 × 1200, red on top.
        TestEdition edition = TestEdition.minimal(dir.resolve("edition"))
                .photo("assets/turned.jpg", Photos.cameraJpeg(1200, 600, 6)).hero("assets/turned.jpg");

        Tessera.build(edition.root(), dir.resolve("out"), false);
        BufferedImage upright = ImageIO.read(dir.resolve("out/assets/turned.600w.jpg").toFile());

        assertEquals(600, upright.getWidth());
        assertEquals(1200, upright.getHeight());
        assertTrue(isRed(upright.getRGB(300, 100)), "top should be red");
        assertTrue(isBlue(upright.getRGB(300, 1100)), "bottom should be blue");
        String html = Files.readString(dir.resolve("out/programmes/tajikistan/index.html"));
        assertTrue(html.contains("width=\"600\" height=\"1200\""), "width and height are those of the upright photo");
    }

    @Test
    void every_exif_orientation_turns_the_picture_as_the_camera_saw_it() {
        BufferedImage stored = Photos.halves(40, 20); // red left, blue right
        // Where the red half ends up on screen, per orientation 1-8.
        String[] redAt = {"", "left", "right", "right", "left", "top", "top", "bottom", "bottom"};
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage upright = ImageCodec.upright(stored, orientation);
            boolean turned = orientation >= 5;
            assertEquals(turned ? 20 : 40, upright.getWidth(), "orientation " + orientation);
            int red = switch (redAt[orientation]) {
                case "left" -> upright.getRGB(5, 10);
                case "right" -> upright.getRGB(35, 10);
                case "top" -> upright.getRGB(10, 5);
                default -> upright.getRGB(10, 35);
            };
            assertTrue(isRed(red), "orientation " + orientation + " puts red at the " + redAt[orientation]);
        }
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 200 && c.getBlue() < 60;
    }

    private static boolean isBlue(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 200 && c.getRed() < 60;
    }
}
