package org.tessera.render.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestEdition;
import org.tessera.Tessera;
import org.tessera.load.EditionLoader;
import org.tessera.model.Edition;

class ImageCacheTest {

    @TempDir
    Path dir;

    private static List<Path> cached(Path edition) throws Exception {
        try (Stream<Path> files = Files.list(edition.resolve(ImageVariants.CACHE_FOLDER))) {
            return files.sorted().toList();
        }
    }

    @Test
    void second_build_reuses_the_resized_photos_from_the_cache() throws Exception {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition"))
                .photo("assets/field.jpg", Photos.jpeg(1200, 600)).hero("assets/field.jpg");
        Tessera.build(edition.root(), dir.resolve("out"), false);
        List<Path> entries = cached(edition.root());
        assertEquals(3, entries.size(), entries.toString());
        // Mark every cache entry: if the second build resized again, the marks would not reach the output.
        byte[] marked = Photos.jpeg(10, 10);
        for (Path entry : entries) {
            Files.write(entry, marked);
        }

        Tessera.build(edition.root(), dir.resolve("out"), false, true, org.tessera.render.Progress.NONE); // --clean: every page again

        assertArrayEquals(marked, Files.readAllBytes(dir.resolve("out/assets/field.480w.jpg")));
        assertArrayEquals(marked, Files.readAllBytes(dir.resolve("out/assets/field.1200w.jpg")));
    }

    @Test
    void changed_photo_is_resized_again_not_served_from_the_cache() throws Exception {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition"))
                .photo("assets/field.jpg", Photos.jpeg(1200, 600)).hero("assets/field.jpg");
        Tessera.build(edition.root(), dir.resolve("out"), false);

        edition.photo("assets/field.jpg", Photos.jpeg(1200, 900));
        Tessera.build(edition.root(), dir.resolve("out"), false);

        assertEquals(720, ImageIO.read(dir.resolve("out/assets/field.960w.jpg").toFile()).getHeight());
        assertEquals(6, cached(edition.root()).size());
    }

    @Test
    void cache_lives_in_the_edition_folder_and_is_never_published() throws Exception {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition"))
                .photo("assets/field.jpg", Photos.jpeg(800, 600)).hero("assets/field.jpg");

        Tessera.build(edition.root(), dir.resolve("out"), false);

        assertTrue(Files.isDirectory(edition.root().resolve(".tessera-cache/images")));
        try (Stream<Path> published = Files.walk(dir.resolve("out"))) {
            assertFalse(published.anyMatch(p -> p.toString().contains("tessera-cache")));
        }
    }

    @Test
    void print_size_is_300_dpi_at_the_printed_width_and_never_more_than_the_source() throws Exception {
        TestEdition edition = TestEdition.minimal(dir.resolve("edition"))
                .photo("assets/wide.jpg", Photos.jpeg(3000, 1500)).photo("assets/small.jpg", Photos.jpeg(800, 400));
        Edition loaded = new EditionLoader().load(edition.root()).edition();
        ImageVariants images = new ImageVariants(loaded, ImageVariants.Mode.BUILD);

        PrintImage wide = images.forPrint("assets/wide.jpg", 100).orElseThrow(); // 100 mm at 300 dpi = 1181 px
        PrintImage small = images.forPrint("assets/small.jpg", 170).orElseThrow();

        assertEquals("assets/wide.print-1181w.jpg", wide.path());
        assertEquals(1181, ImageIO.read(new java.io.ByteArrayInputStream(wide.bytes())).getWidth());
        assertEquals(591, wide.height());
        assertEquals(800, small.width());
        assertTrue(images.problems().isEmpty());
    }
}
