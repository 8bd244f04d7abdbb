package org.tessera;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A small edition written into a temporary folder, built for real, its pages read back as HTML. */
public final class TestEdition {

    private final Path root;

    private TestEdition(Path root) {
        this.root = root;
    }

    /** An edition with a site.yml in {@code language}, one programme, and nothing else yet. */
    public static TestEdition in(Path dir, String language) {
        TestEdition edition = new TestEdition(dir.resolve("edition"));
        edition.file("site.yml", """
                title: Test Fund in Action
                edition: {label: "1st edition", date: 2024-01}
                publisher: Test Fund
                language: %s
                """.formatted(language));
        edition.file("content/programmes/tajikistan.yml", """
                title: Families left behind
                countries: [TJ]
                status: active
                """);
        return edition;
    }

    public TestEdition file(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a line to site.yml. */
    public TestEdition site(String yaml) {
        try {
            Files.writeString(root.resolve("site.yml"), yaml + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page whose markdown is {@code body}. */
    public TestEdition page(String slug, String body) {
        return file("content/pages/" + slug + ".md", "---\ntitle: " + slug + "\n---\n\n" + body);
    }

    public BuildResult check() {
        return Tessera.check(root);
    }

    /** Builds the edition, failing the test with every problem when the build fails. */
    public TestEdition build() {
        BuildResult result = Tessera.build(root, output(), false);
        assertEquals("", result.problems().stream().filter(p -> p.isError()).map(p -> p.format())
                .collect(Collectors.joining("\n")), "the build has errors");
        return this;
    }

    public Document html(String path) {
        try {
            Path file = output().resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
            return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path output() {
        return root.resolveSibling("site");
    }
}
