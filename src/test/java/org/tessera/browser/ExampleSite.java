package org.tessera.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tessera.BuildResult;
import org.tessera.TestFiles;
import org.tessera.Tessera;

/** The example edition (the repository root), or another edition, built into a folder, optionally with another base_url. */
final class ExampleSite {

    static final Path EDITION = Path.of("").toAbsolutePath();

    private static final List<String> EDITION_PARTS = List.of("site.yml", "content", "assets", "templates", "archive");
    private static final Pattern LOC = Pattern.compile("<loc>([^<]*)</loc>");

    private final Path output;

    private ExampleSite(Path output) {
        this.output = output;
    }

    /** Builds the example edition as it is into {@code dir}/site. */
    static ExampleSite build(Path dir) {
        return build(EDITION, dir.resolve("site"));
    }

    /**
     * Copies the example edition into {@code dir}/edition with {@code base_url} replaced, and builds it into
     * {@code dir}/site.
     */
    static ExampleSite buildWithBaseUrl(Path dir, String baseUrl) {
        Path edition = dir.resolve("edition");
        for (String part : EDITION_PARTS) {
            TestFiles.copyTree(EDITION.resolve(part), edition.resolve(part));
        }
        Path siteYml = edition.resolve("site.yml");
        String yml = read(siteYml);
        String replaced = yml.replaceFirst("(?m)^base_url:.*$", "base_url: " + baseUrl);
        write(siteYml, replaced.equals(yml) ? yml + "\nbase_url: " + baseUrl + "\n" : replaced);
        return build(edition, dir.resolve("site"));
    }

    /** Builds any edition, e.g. a generated one, into {@code output}. */
    static ExampleSite build(Path edition, Path output) {
        BuildResult result = Tessera.build(edition, output, false);
        assertTrue(result.published(), "the edition " + edition + " must build: " + result.problems());
        return new ExampleSite(output);
    }

    Path output() {
        return output;
    }

    /** Whether the build wrote any brochure (its PDF or print page). */
    boolean publishesBrochures() {
        return Files.isDirectory(output.resolve("brochures"));
    }

    /** The addresses listed in sitemap.xml, as written there. */
    List<String> sitemap() {
        List<String> locs = new ArrayList<>();
        Matcher m = LOC.matcher(read(output.resolve("sitemap.xml")));
        while (m.find()) {
            locs.add(m.group(1).replace("&amp;", "&"));
        }
        return locs;
    }

    /** Every HTML file of the site, as paths relative to the output folder ("index.html", "data/index.html" …). */
    List<String> htmlFiles() {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(f -> f.toString().endsWith(".html")).map(f -> output.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
