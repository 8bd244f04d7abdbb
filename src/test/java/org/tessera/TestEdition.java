package org.tessera;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.tessera.cli.Main;
import org.tessera.model.Problem;

/** An edition written into a test's folder, changed file by file, built for real, its pages read back as HTML. */
public final class TestEdition {

    /** The facts of the minimal edition's one programme, tajikistan. */
    public static final String PROGRAMME = """
            title: Empowerment of families left behind
            countries: [TJ]
            status: active
            budget: {currency: USD, total: 2200000, by_organization: {FAO: 600000, IOM: 600000, UNICEF: 500000, UN Women: 500000}}
            """;

    private static final String SITE = """
            title: Test Fund in Action
            edition: {label: "1st edition", date: 2023-09}
            publisher: Test Multi-Partner Trust Fund
            """;

    private final Path root;

    private TestEdition(Path root) {
        this.root = root;
    }

    /** A minimal valid edition in {@code root}: site.yml and one programme, tajikistan; it replaces those two files. */
    public static TestEdition minimal(Path root) {
        return new TestEdition(root).file("site.yml", SITE).file("content/programmes/tajikistan.yml", PROGRAMME);
    }

    /** A copy of an edition of src/test/resources, e.g. "editions/minimal", in {@code root}. */
    public static TestEdition copyOf(String resource, Path root) {
        return new TestEdition(TestFiles.copy(resource, root));
    }

    /**
     * The starter edition of {@code tessera new}, written into {@code folder}/edition, with its donors as the CSV its
     * workbook is made from (content/data/donors.csv instead of donors.xlsx), so that tests can edit them as text.
     */
    public static TestEdition starter(Path folder) {
        TestEdition edition = starterAsShipped(folder);
        try (var csv = TestEdition.class.getClassLoader().getResourceAsStream("starter/donors-sheet.csv")) {
            edition.photo("content/data/donors.csv", csv.readAllBytes());
            Files.delete(edition.root().resolve("content/data/donors.xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return edition;
    }

    /** The starter edition exactly as {@code tessera new} writes it (its donors a workbook), in {@code folder}/edition. */
    public static TestEdition starterAsShipped(Path folder) {
        Path root = folder.resolve("edition");
        assertEquals(0, Main.run("new", root.toString()));
        return new TestEdition(root);
    }

    public TestEdition file(String path, String text) {
        TestFiles.write(root.resolve(path), text);
        return this;
    }

    public TestEdition photo(String path, byte[] bytes) {
        TestFiles.write(root.resolve(path), bytes);
        return this;
    }

    /** Adds lines to site.yml. */
    public TestEdition site(String yaml) {
        return append("site.yml", yaml);
    }

    /** Adds lines to the facts of the minimal edition's programme. */
    public TestEdition programme(String yaml) {
        return append("content/programmes/tajikistan.yml", yaml);
    }

    /** Gives the minimal edition's programme the hero {@code image}, with caption, credit and alt text. */
    public TestEdition hero(String image) {
        return programme("hero: {image: %s, caption: \"A field at dawn\", credit: \"©Test Fund\", alt: \"A green field under a pale sky\"}"
                .formatted(image));
    }

    /** The story of the minimal edition's programme is {@code markdown}. */
    public TestEdition story(String markdown) {
        return file("content/programmes/tajikistan.md", markdown);
    }

    /** A page whose markdown is {@code body}. */
    public TestEdition page(String slug, String body) {
        return file("content/pages/" + slug + ".md", "---\ntitle: " + slug + "\n---\n\n" + body);
    }

    /**
     * Replaces {@code from} with {@code to} in a file (the text must be there), saving the way many editors do: a hidden
     * temporary file renamed over the original, so a watcher never sees half a file.
     */
    public TestEdition edit(String path, String from, String to) {
        Path file = root.resolve(path);
        String text = TestFiles.read(file);
        if (!text.contains(from)) {
            throw new AssertionError(path + " does not contain " + from);
        }
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        TestFiles.write(temporary, text.replace(from, to));
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private TestEdition append(String path, String lines) {
        return file(path, TestFiles.read(root.resolve(path)) + lines + (lines.endsWith("\n") ? "" : "\n"));
    }

    public Path root() {
        return root;
    }

    public BuildResult check() {
        return Tessera.check(root);
    }

    /** Builds the edition into {@link #output()}, failing the test with every problem when the build fails. */
    public TestEdition build() {
        BuildResult result = Tessera.build(root, output(), false);
        assertEquals("", result.problems().stream().filter(Problem::isError).map(Problem::format)
                .collect(Collectors.joining("\n")), "the build has errors");
        return this;
    }

    /** A built page, e.g. "donors/" for donors/index.html. */
    public Document html(String path) {
        return Jsoup.parse(TestFiles.read(output().resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path)));
    }

    /** The folder next to the edition that {@link #build()} writes to. */
    public Path output() {
        return root.resolveSibling("site");
    }
}
