package org.tessera;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.model.Problem;

/** Editions over time: the manifest, citable copies, archived editions published beside the current one, what changed. */
class EditionsOverTimeTest {

    private static final String BASE = "https://fund.example.org/";
    private static final String BANNER = "(?s)<aside class=\"tessera-edition-banner\".*?</aside>\\n";

    @TempDir
    Path dir;

    /** The minimal edition a year earlier (January 2023, one figure lower), built: what an archive folder holds. */
    private Path earlierBuilt(String extraSite) {
        TestEdition earlier = TestEdition.copyOf("editions/minimal", dir.resolve("earlier/edition"))
                .edit("site.yml", "date: 2024-01}", "date: 2023-01}")
                .edit("site.yml", "label: \"1st edition\"", "label: \"Pilot edition\"")
                .edit("content/data/indicators.csv", "2022,120", "2022,100")
                .site("base_url: " + BASE + "\n" + extraSite).build();
        return earlier.output();
    }

    /** The current minimal edition, with the earlier built site copied into archive/2023-01/ and listed. */
    private TestEdition current(String extraSite) {
        Path built = earlierBuilt("");
        TestEdition now = TestEdition.copyOf("editions/minimal", dir.resolve("now/edition"))
                .site("base_url: " + BASE + "\narchive: [archive/2023-01/]\n" + extraSite);
        TestFiles.copyTree(built, now.root().resolve("archive/2023-01"));
        return now;
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void every_build_writes_its_manifest_and_citable_copies_of_its_brochures_and_data() throws IOException {
        TestEdition edition = TestEdition.copyOf("editions/minimal", dir.resolve("edition")).build();
        String manifest = Files.readString(edition.output().resolve("edition.json"));
        assertTrue(manifest.contains("\"label\" : \"1st edition\"") && manifest.contains("\"slug\" : \"2024-01\"")
                && manifest.contains("\"id\" : \"in-action\"") && manifest.contains("\"donors\", \"indicators\"")
                && manifest.contains("\"tool\" : \"tessera "), manifest);
        for (String file : List.of("brochures/in-action.pdf", "data/donors.csv", "data/indicators.json")) {
            assertArrayEquals(Files.readAllBytes(edition.output().resolve(file)),
                    Files.readAllBytes(edition.output().resolve("editions/2024-01/" + file)), file);
        }
    }

    @Test
    void a_translated_brochure_s_citable_copy_is_that_translation() throws IOException {
        TestEdition edition = TestEdition.copyOf("editions/minimal", dir.resolve("edition")).site("languages: [en, fr]").build();
        byte[] french = Files.readAllBytes(edition.output().resolve("fr/brochures/in-action.pdf"));
        assertArrayEquals(french, Files.readAllBytes(edition.output().resolve("editions/2024-01/fr/brochures/in-action.pdf")));
        assertFalse(java.util.Arrays.equals(french, Files.readAllBytes(edition.output().resolve("brochures/in-action.pdf"))),
                "the French brochure is not the English one");
    }

    @Test
    void edition_slug_names_the_editions_folder() {
        TestEdition edition = TestEdition.copyOf("editions/minimal", dir.resolve("edition"))
                .edit("site.yml", "date: 2024-01}", "date: 2024-01, slug: first}").build();
        assertTrue(Files.isRegularFile(edition.output().resolve("editions/first/brochures/in-action.pdf")));
        assertFalse(Files.exists(edition.output().resolve("editions/2024-01")));
    }

    @Test
    void archived_pages_are_the_archived_build_byte_for_byte_but_the_banner_and_their_own_address() throws IOException {
        TestEdition now = current("").build();
        Path archived = now.root().resolve("archive/2023-01");
        Path published = now.output().resolve("editions/2023-01");
        int pages = 0;
        for (String file : files(archived)) {
            if (file.startsWith("editions/")) {
                continue;
            }
            byte[] original = Files.readAllBytes(archived.resolve(file));
            byte[] copy = Files.readAllBytes(published.resolve(file));
            if (file.endsWith(".html") || file.equals("sitemap.xml") || file.equals("robots.txt")) {
                String text = new String(copy, StandardCharsets.UTF_8);
                if (file.endsWith(".html")) {
                    assertEquals(1, text.split("tessera-edition-banner", -1).length - 1, "one banner in " + file);
                    pages++;
                }
                String restored = text.replaceFirst(BANNER, "").replace(BASE + "editions/2023-01/", BASE)
                        .replace("\"/editions/2023-01/", "\"/");
                assertEquals(new String(original, StandardCharsets.UTF_8), restored, file);
            } else {
                assertArrayEquals(original, copy, file);
            }
        }
        assertTrue(pages >= 5, "pages compared: " + pages);
        Document home = Jsoupish.parse(published.resolve("index.html"));
        assertEquals(BASE + "editions/2023-01/", home.select("link[rel=canonical]").attr("href"));
        assertEquals("This is the Pilot edition (January 2023), kept as it was published. See the current edition",
                home.select(".tessera-edition-banner").text());
        assertEquals("../../", home.select(".tessera-edition-banner a").attr("href"));
        assertTrue(Files.readString(published.resolve("sitemap.xml")).contains("<loc>" + BASE + "editions/2023-01/programmes/alpha/</loc>"));
    }

    @Test
    void every_edition_is_published_once_and_the_home_page_lists_each_with_its_brochures() throws IOException {
        TestEdition now = current("").build();
        assertTrue(Files.isDirectory(now.root().resolve("archive/2023-01/editions/2023-01")), "the archived build has its own copies");
        assertFalse(Files.exists(now.output().resolve("editions/2023-01/editions")), "an archived build's editions/ is not nested");
        assertTrue(files(now.output()).stream().noneMatch(f -> f.matches("editions/[^/]+/.*editions/.*")));
        Document home = now.html("");
        List<String> editions = home.select("#editions + ul > li h3").eachText();
        assertEquals(List.of("1st edition (this edition)", "Pilot edition"), editions);
        assertEquals(List.of("editions/2024-01/brochures/in-action.pdf", "editions/2023-01/brochures/in-action.pdf"),
                home.select("#editions + ul > li li a").eachAttr("href"));
        assertTrue(Files.isRegularFile(now.output().resolve("editions/2023-01/brochures/in-action.pdf")));
    }

    @Test
    void the_banner_speaks_the_archived_page_s_language() {
        Path built = TestEdition.copyOf("editions/minimal", dir.resolve("earlier/edition"))
                .edit("site.yml", "date: 2024-01}", "date: 2023-01}").site("language: fr").build().output();
        TestEdition now = TestEdition.copyOf("editions/minimal", dir.resolve("now/edition")).site("archive: [archive/old]");
        TestFiles.copyTree(built, now.root().resolve("archive/old"));
        now.build();
        assertEquals("Ceci est la 1st edition (janvier 2023), conservée telle qu’elle a été publiée. Voir l’édition actuelle",
                Jsoupish.parse(now.output().resolve("editions/2023-01/index.html")).select(".tessera-edition-banner").text());
    }

    @Test
    void an_archive_outside_the_edition_is_refused_with_its_line_in_site_yml() throws IOException {
        Path built = earlierBuilt("");
        TestEdition now = TestEdition.copyOf("editions/minimal", dir.resolve("now/edition")).site("archive:\n  - ../../earlier/site\n");
        assertTrue(Files.isDirectory(now.root().resolve("../../earlier/site").normalize()) && built.endsWith("site"));
        assertEquals(List.of("site.yml:12:5: error: the archived edition \"../../earlier/site\" is not a folder inside the edition "
                + "folder; copy the earlier edition's built site into it, e.g. archive/2022-09/, and list that"), errors(now));
    }

    @Test
    void an_archive_linking_out_of_the_edition_is_refused() throws IOException {
        Path built = earlierBuilt("");
        TestEdition now = TestEdition.copyOf("editions/minimal", dir.resolve("now/edition")).site("archive: [archive/2023-01]");
        TestFiles.copyTree(built, now.root().resolve("archive/2023-01"));
        Files.createSymbolicLink(now.root().resolve("archive/2023-01/secret.txt"), dir.resolve("earlier/edition/site.yml"));
        assertEquals(List.of("archive/2023-01/secret.txt: error: this is a link to a file outside the edition; copy the file into the edition instead"),
                errors(now));
        Files.delete(now.root().resolve("archive/2023-01/secret.txt"));
        Files.move(now.root().resolve("archive/2023-01"), dir.resolve("moved"));
        Files.createSymbolicLink(now.root().resolve("archive/2023-01"), dir.resolve("moved"));
        assertEquals(List.of("site.yml:11:11: error: archive/2023-01 is a link to a folder outside the edition; copy the built site "
                + "into the edition instead"), errors(now));
    }

    @Test
    void an_archive_without_a_manifest_is_refused_saying_how_to_make_one() throws IOException {
        TestEdition now = current("");
        Files.delete(now.root().resolve("archive/2023-01/edition.json"));
        List<String> errors = errors(now);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("site.yml:12:11:") && errors.get(0).contains("archive/2023-01 has no edition.json")
                && errors.get(0).contains("tessera build --source <its folder> --output archive/2023-01"), errors.get(0));
    }

    @Test
    void the_changes_page_says_what_changed_since_the_archived_edition_with_restated_figures_marked() {
        TestEdition now = current("changes: true").build();
        Document page = now.html("changes/");
        assertEquals("What changed since the Pilot edition", page.select("h1").text());
        assertEquals(List.of("Indicators"), page.select("main h2").eachText());
        assertEquals(List.of("al-1 current value 180 200", "al-1 restated 2022 100 120"), page.select("main tbody tr").eachText());
        assertEquals("restated", page.select("main tbody tr:nth-child(2) strong.restated").text());
        assertEquals("col", page.select("main thead th").attr("scope"));
        assertTrue(TestFiles.read(now.output().resolve("sitemap.xml")).contains("<loc>" + BASE + "changes/</loc>"));
        assertEquals("changes/", now.html("").select("#editions ~ p a[href=changes/]").attr("href"), "the home page links it");
    }

    @Test
    void without_changes_true_there_is_no_changes_page() {
        TestEdition now = current("").build();
        assertFalse(Files.exists(now.output().resolve("changes/index.html")));
    }

    private static List<String> errors(TestEdition edition) {
        return edition.check().problems().stream().filter(Problem::isError).map(Problem::format).toList();
    }

    /** Reads a built HTML file. */
    private static final class Jsoupish {
        static Document parse(Path file) {
            return org.jsoup.Jsoup.parse(TestFiles.read(file));
        }
    }
}
