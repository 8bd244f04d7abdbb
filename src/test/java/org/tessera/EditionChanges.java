package org.tessera;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The kinds of change an author makes to an edition, each applied to the starter edition with a photo on its
 * programme: what {@code serve}'s live rebuilds and incremental builds must both follow to the same site a clean
 * build makes.
 */
final class EditionChanges {

    static final String PROGRAMME = "content/programmes/border-districts.md";

    /** A change: it edits the edition and names the files it touched. */
    record Change(String name, Function<TestEdition, Set<String>> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    private EditionChanges() {
    }

    /** The starter edition, its programme showing a photo, in {@code folder}/edition. */
    static TestEdition edition(Path folder) {
        return TestEdition.starter(folder).photo("assets/field.png", png(1200, 700))
                .edit(PROGRAMME, "order: 1\n",
                        "order: 1\nhero: {image: assets/field.png, alt: A field at dawn, caption: Fields, credit: © Someone}\n");
    }

    static Stream<Change> all() {
        return Stream.of(
                new Change("story body", e -> touched(e.edit(PROGRAMME, "## Background", "## Context"), PROGRAMME)),
                new Change("front matter", e -> touched(e.edit(PROGRAMME, "summary: \"The Joint", "summary: \"Now the Joint"), PROGRAMME)),
                new Change("programme facts", e -> touched(e.edit("content/programmes/border-districts.yml", "status: active",
                        "status: closed"), "content/programmes/border-districts.yml")),
                new Change("dataset row", e -> touched(e.edit("content/data/indicators.csv", "2025,640", "2025,700"),
                        "content/data/indicators.csv")),
                new Change("donors row", e -> touched(e.edit("content/data/donors.csv", "Norway,4500000", "Norway,5500000"),
                        "content/data/donors.csv")),
                new Change("page text", e -> touched(e.edit("content/pages/highlights.md", "This page is free text",
                        "This page is plain text"), "content/pages/highlights.md")),
                new Change("site.yml", e -> touched(e.edit("site.yml", "title: Our Fund in Action\nedition", "title: Our Fund at Work\nedition"), "site.yml")),
                new Change("page template", e -> touched(e.file("templates/page.peb", builtIn("templates/page.peb")
                        .replace("</article>", "<p>Printed from the edition's own template.</p></article>")), "templates/page.peb")),
                new Change("interface words", e -> touched(e.file("templates/messages_en.properties", "nav.data=Downloads\n"),
                        "templates/messages_en.properties")),
                new Change("a word only brochures show", e -> touched(e.file("templates/messages_en.properties",
                        "brochure.contributors=With thanks to everyone who gave\n"), "templates/messages_en.properties")),
                new Change("stylesheet asset", e -> touched(e.file("assets/extra.css", "p { margin: 0 }\n"), "assets/extra.css")),
                new Change("photo replaced", e -> touched(e.photo("assets/field.png", png(800, 500)), "assets/field.png")),
                new Change("photo no longer shown", e -> touched(e.edit(PROGRAMME,
                        "hero: {image: assets/field.png, alt: A field at dawn, caption: Fields, credit: © Someone}\n", ""), PROGRAMME)),
                new Change("page deleted", e -> touched(delete(e, "content/pages/highlights.md")
                        .edit("site.yml", "      - page:highlights\n", ""), "content/pages/highlights.md", "site.yml")),
                new Change("page renamed", e -> {
                    String text = TestFiles.read(e.root().resolve("content/pages/highlights.md"));
                    delete(e, "content/pages/highlights.md").file("content/pages/overview.md", text)
                            .edit("site.yml", "page:highlights", "page:overview");
                    return Set.of("content/pages/highlights.md", "content/pages/overview.md", "site.yml");
                }),
                new Change("language added", e -> touched(e.edit("site.yml", "language: en", "languages: [en, fr]")
                        .file("content/pages/highlights.fr.md", "---\ntitle: Les faits marquants\n---\n\nCette page est en français.\n"),
                        "site.yml", "content/pages/highlights.fr.md")),
                new Change("new programme", e -> touched(e.file("content/programmes/second.yml",
                        "title: A second programme\ncountries: [GN]\nstatus: pipeline\n"), "content/programmes/second.yml")));
    }

    private static Set<String> touched(TestEdition edition, String... files) {
        return Set.of(files);
    }

    static TestEdition delete(TestEdition edition, String file) {
        try {
            Files.delete(edition.root().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return edition;
    }

    static String builtIn(String resource) {
        try (var in = EditionChanges.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png(int width, int height) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(40, 90, 140));
        g.fillRect(0, 0, width, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
