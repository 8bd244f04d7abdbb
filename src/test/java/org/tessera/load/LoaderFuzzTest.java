package org.tessera.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tessera.model.Dataset;
import org.tessera.model.Problem;

/**
 * Fuzz tests of the loaders that read what people type: whatever the bytes, a loader returns a result and a list
 * of problems, each naming its file; nothing else escapes, and it finishes. `mvn test` runs the seed corpus in
 * src/test/resources/org/tessera/load/LoaderFuzzTestInputs; `-Djazzer.fuzz=true` (JAZZER_FUZZ=1) explores further.
 */
class LoaderFuzzTest {

    /** Generous: a guard against hangs (a seed takes milliseconds), not a measure of speed. */
    private static final Duration HANG = Duration.ofSeconds(30);

    private static String text(byte[] bytes) {
        return TextFiles.normalize(new String(bytes, StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "60s")
    void csv_loader_only_reports_problems(byte[] input) {
        String text = text(input);
        List<Problem> problems = new ArrayList<>();
        assertTimeoutPreemptively(HANG, () -> {
            Optional<Dataset> data = new DatasetLoader().load("indicators", "content/data/indicators.csv", text,
                    "content/data/indicators.yml", Optional.empty(), TextLanguage.only("en"), IndicatorLoader.TYPES, problems);
            data.ifPresent(d -> {
                new IndicatorLoader().load(d, problems);
                new DonorLoader().load(d, problems);
            });
        });
        assertNamed(problems, "content/data/indicators.");
    }

    @FuzzTest(maxDuration = "60s")
    void yaml_reader_only_reports_problems(byte[] input) {
        String text = text(input);
        List<Problem> problems = new ArrayList<>();
        assertTimeoutPreemptively(HANG, () -> {
            Optional<YamlNode> root = new YamlReader().read(text, "content/programmes/fuzz.yml", 0, problems);
            new ProgrammeLoader().load("fuzz", "content/programmes/fuzz.yml", root, Optional.empty(), TextLanguage.only("en"), problems);
            new SiteLoader().load(root, problems);
        });
        assertNamed(problems, "");
    }

    @FuzzTest(maxDuration = "60s")
    void front_matter_loader_only_reports_problems(byte[] input) {
        String text = text(input);
        List<Problem> problems = new ArrayList<>();
        assertTimeoutPreemptively(HANG, () -> new StoryLoader(new YamlReader()).load(text, "content/pages/fuzz.md", TextLanguage.only("en"), "en", problems));
        assertNamed(problems, "content/pages/fuzz.md");
    }

    private static void assertNamed(List<Problem> problems, String file) {
        for (Problem problem : problems) {
            assertTrue(problem.position().file().startsWith(file) || problem.position().file().equals("site.yml"), problem::format);
            assertTrue(problem.position().line() >= 0 && problem.position().column() >= 0, problem::format);
            assertFalse(problem.message().isBlank(), problem::format);
        }
    }
}
