package org.tessera.render.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small edition in a temporary folder, with one programme whose hero and story carry photos. */
final class PhotoEdition {

    final Path root;

    PhotoEdition(Path root) throws IOException {
        this.root = root;
        write("site.yml", """
                title: Photo test
                edition: {label: "1st edition", date: 2023-09}
                publisher: Test Fund
                """);
        write("content/programmes/demo.yml", """
                title: Demo programme
                countries: [TJ]
                status: active
                """);
    }

    PhotoEdition write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    PhotoEdition photo(String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return this;
    }

    /** The programme's hero is {@code image}, with caption, credit and alt text. */
    PhotoEdition hero(String image) throws IOException {
        return write("content/programmes/demo.yml", """
                title: Demo programme
                countries: [TJ]
                status: active
                hero: {image: %s, caption: "A field at dawn", credit: "©Test Fund", alt: "A green field under a pale sky"}
                """.formatted(image));
    }

    /** The programme's story is {@code markdown}. */
    PhotoEdition story(String markdown) throws IOException {
        return write("content/programmes/demo.md", markdown);
    }

    PhotoEdition site(String extra) throws IOException {
        return write("site.yml", """
                title: Photo test
                edition: {label: "1st edition", date: 2023-09}
                publisher: Test Fund
                """ + extra);
    }
}
