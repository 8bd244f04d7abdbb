package org.tessera.render.brochure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.BuildResult;
import org.tessera.StressEdition;
import org.tessera.TestEdition;
import org.tessera.Tessera;

/**
 * Every page of the example and stress brochures, English and Arabic, A4 and Letter, read back from the PDF: no page
 * of a lone heading, tile, link or caption, no heading last on a page, no table or chart parted from its caption
 * (the rules and how a page is read: {@link PageFlow}).
 */
class PageFlowTest {

    @Test
    void every_page_of_the_example_brochures_holds_text_or_a_whole_block(@TempDir Path dir) throws IOException {
        BuildResult example = Tessera.build(Path.of("").toAbsolutePath(), dir, false);
        assertTrue(example.published(), () -> "the example edition failed to build: " + example.problems());
        assertEquals(List.of(), offences(dir, "mptf-in-action-2023", "gender-spotlight-2024"));
    }

    @Test
    void every_page_of_the_stress_brochures_holds_text_or_a_whole_block(@TempDir Path dir) throws IOException {
        TestEdition edition = StressEdition.write(dir.resolve("edition")).build();
        assertEquals(List.of(), offences(edition.output(), StressEdition.BROCHURES.toArray(String[]::new)));
    }

    @Test
    void every_page_of_the_arabic_stress_brochures_holds_text_or_a_whole_block(@TempDir Path dir) throws IOException {
        TestEdition edition = StressEdition.write(dir.resolve("edition"), "ar").build();
        assertEquals(List.of(), offences(edition.output(), StressEdition.BROCHURES.toArray(String[]::new)));
    }

    @Test
    void a_heading_set_on_a_page_of_its_own_is_named_with_its_page(@TempDir Path dir) throws IOException {
        TestEdition edition = StressEdition.write(dir.resolve("edition"))
                .file("assets/brochure.css", "h2 { page-break-before: always; page-break-after: always; }").build();
        List<String> found = offences(edition.output(), "appeal-a4");
        assertTrue(found.stream().anyMatch(o -> o.matches("appeal-a4 page \\d+: ends with the heading \"Background\"")), found::toString);
        assertTrue(found.stream().anyMatch(o -> o.matches("appeal-a4 page \\d+: 0 line\\(s\\) of body text .*heading.*")), found::toString);
    }

    @Test
    void a_programme_opener_taller_than_a_page_leaves_no_empty_page(@TempDir Path dir) throws IOException {
        String title = "A Joint Programme" + " on the protection, assistance and sustainable reintegration of migrants".repeat(5);
        StringBuilder partners = new StringBuilder();
        StringBuilder budget = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            partners.append(i == 1 ? "" : ", ").append("Ministry of Labour, Migration and Employment of the Population, office ").append(i);
            budget.append(i == 1 ? "" : ", ").append("Agency ").append(i).append(": ").append(100_000 * i);
        }
        TestEdition edition = TestEdition.minimal(dir.resolve("edition")).photo("assets/field.png", BrochureOptionsTest.png(1600, 1000))
                .file("content/programmes/tajikistan.yml", """
                        title: "%s"
                        countries: [TJ, AF, UZ, KG]
                        status: active
                        partners: [%s]
                        budget: {currency: USD, total: %d, by_organization: {%s}}
                        """.formatted(title, partners, 100_000 * 465, budget))
                .hero("assets/field.png")
                .story("## Background\n\nThe Joint Programme supports families left behind. It trains women farmers and their children.\n")
                .site("brochures:\n  - {id: tall-opener, contents: [cover, programme:tajikistan, back-cover]}\n").build();
        assertEquals(List.of(), offences(edition.output(), "tall-opener"));
    }

    /** What breaks the rules in the named brochures of a built site; the number of pages it takes is printed. */
    static List<String> offences(Path site, String... brochures) throws IOException {
        List<String> found = new ArrayList<>();
        for (String id : brochures) {
            try (PDDocument pdf = Loader.loadPDF(site.resolve("brochures/" + id + ".pdf").toFile())) {
                Elements sections = Jsoup.parse(Files.readString(site.resolve("brochures/" + id + "/index.html"))).select("body > section");
                List<String> here = PageFlow.offences(pdf, id, sections.indexOf(sections.select(".b-cover").first()),
                        sections.indexOf(sections.select(".b-back").first()));
                System.out.println(id + ": " + PageFlow.pages(here) + " of " + pdf.getNumberOfPages() + " pages break the flow rules");
                found.addAll(here);
            }
        }
        return found;
    }
}
