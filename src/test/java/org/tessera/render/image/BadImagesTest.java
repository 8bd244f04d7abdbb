package org.tessera.render.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.BuildResult;
import org.tessera.TestEdition;
import org.tessera.Tessera;
import org.tessera.model.Problem;

class BadImagesTest {

    @TempDir
    Path dir;

    private BuildResult buildWith(String path, byte[] bytes) throws Exception {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition")).photo(path, bytes).hero(path);
        return Tessera.build(edition.root(), dir.resolve("out"), false);
    }

    private static Problem onlyError(BuildResult result) {
        assertFalse(result.published());
        assertEquals(1, result.errors(), result.problems().toString());
        return result.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
    }

    @Test
    void truncated_jpeg_is_an_error_naming_the_file_and_nothing_is_published() throws Exception {
        byte[] whole = Photos.jpeg(1200, 800);
        Problem error = onlyError(buildWith("assets/cut.jpg", Arrays.copyOf(whole, whole.length / 2)));

        assertTrue(error.format().startsWith("assets/cut.jpg: error: this image cannot be published: the image is damaged or incomplete"),
                error.format());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void truncated_png_is_an_error_naming_the_file() throws Exception {
        byte[] whole = Photos.png(1200, 800);
        Problem error = onlyError(buildWith("assets/cut.png", Arrays.copyOf(whole, whole.length - 200)));

        assertTrue(error.format().startsWith("assets/cut.png: error: this image cannot be published: the image is damaged or incomplete"),
                error.format());
    }

    @Test
    void jpeg_with_garbage_after_its_start_marker_is_an_error_naming_the_file() throws Exception {
        byte[] corrupt = new byte[5000];
        new java.util.Random(9).nextBytes(corrupt);
        corrupt[0] = (byte) 0xFF;
        corrupt[1] = (byte) 0xD8;
        corrupt[2] = (byte) 0xFF;
        Problem error = onlyError(buildWith("assets/corrupt.jpg", corrupt));

        assertTrue(error.format().startsWith("assets/corrupt.jpg: error: this image is damaged"), error.format());
    }

    @Test
    void decompression_bomb_is_refused_from_its_header_without_decoding() throws Exception {
        Problem error = onlyError(buildWith("assets/bomb.png", Photos.pngBomb(100_000, 100_000)));

        assertEquals("assets/bomb.png: error: this image is 100000 × 100000 pixels (10000 megapixels); images over 50 megapixels are "
                + "refused because decoding them could exhaust memory. Resize it to about 2000 pixels wide", error.format());
    }

    @Test
    void decoder_refuses_a_bomb_itself_when_asked_directly() throws Exception {
        Path bomb = dir.resolve("bomb.png");
        Files.write(bomb, Photos.pngBomb(20_000, 20_000));

        ImageCodec.Failure failure = assertThrows(ImageCodec.Failure.class, () -> ImageCodec.decode(bomb, 1, 960));
        assertTrue(failure.getMessage().startsWith("the image is 20000 × 20000 pixels"), failure.getMessage());
    }

    @Test
    void png_named_jpg_is_an_error_that_says_how_to_rename_it() throws Exception {
        Problem error = onlyError(buildWith("assets/photo.jpg", Photos.png(300, 200)));

        assertEquals("assets/photo.jpg: error: this file is named as a JPEG image but holds a PNG image; rename it to end in .png "
                + "and change the pages that use it", error.format());
    }

    @Test
    void text_file_named_jpg_is_an_error_saying_it_is_not_an_image() throws Exception {
        Problem error = onlyError(buildWith("assets/notes.jpg", "meeting notes, not a photo".getBytes(StandardCharsets.UTF_8)));

        assertEquals("assets/notes.jpg: error: this file is named as a JPEG image but is not an image at all; replace it with the "
                + "photo, saved as JPEG or PNG", error.format());
    }

    @Test
    void check_finds_a_truncated_photo_too_and_writes_nothing() throws Exception {
        byte[] whole = Photos.jpeg(1200, 800);
        TestEdition edition = TestEdition.minimal(dir.resolve("edition"))
                .photo("assets/cut.jpg", Arrays.copyOf(whole, whole.length / 2)).hero("assets/cut.jpg");

        BuildResult result = Tessera.check(edition.root());

        assertEquals(1, result.errors(), result.problems().toString());
        assertFalse(Files.exists(edition.root().resolve(".tessera-cache")));
    }
}
