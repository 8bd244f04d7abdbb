package org.tessera.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.StressEdition;
import org.tessera.browser.Findings.Kind;

/**
 * The stress edition (wide tables, 10-digit figures, very large tiles, Arabic) in Chromium: only what its shapes can
 * break, text overflowing its box, at 390 and 1280 px and, for tiles, at 320 and 1920 px, with screenshots in
 * target/screenshots/stress/. The full tour (axe, keyboard, links) runs on the example edition, to keep CI short.
 */
class StressEditionInBrowserTest {

    @TempDir
    static Path dir;

    static Chromium chromium;
    static StaticServer server;
    static SiteTour tour;
    static Findings findings;
    static List<String> pages;
    static java.util.Optional<String> missing;

    @BeforeAll
    static void tour() throws Exception {
        missing = Chromium.missing();
        if (missing.isPresent()) {
            return;
        }
        Path edition = StressEdition.withoutSecondRoundCharts(StressEdition.write(dir.resolve("edition"))).root();
        ExampleSite site = ExampleSite.build(edition, dir.resolve("site"));
        chromium = Chromium.start();
        server = StaticServer.serve(site.output(), "/appeal/");
        pages = site.sitemap().stream().map(loc -> server.origin() + loc).toList();
        tour = new SiteTour(chromium, server, SiteInBrowserTest.SCREENSHOTS.resolve("stress"));
        findings = tour.visitForOverflow(pages);
        System.out.printf("Stress edition in the browser: %d pages, %d visits at 390 and 1280 px, %d at 320 and 1920 px%n",
                pages.size(), tour.visits(), tour.tileVisits());
    }

    @BeforeEach
    void needsChromium() {
        assumeTrue(missing.isEmpty(), missing::get);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void no_text_of_the_stress_edition_is_wider_than_its_box_at_any_width() {
        assertTrue(pages.size() > 5 && pages.stream().anyMatch(p -> p.endsWith("/funding-requirements/")),
                "the tour covers the stress edition's pages, its funding tables among them: " + pages);
        assertTrue(findings.of(Kind.OVERFLOW).isEmpty(), () -> findings.report(Kind.OVERFLOW, "elements whose text is wider than their box"));
    }
}
