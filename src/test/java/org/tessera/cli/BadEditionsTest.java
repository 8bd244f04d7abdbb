package org.tessera.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.BuildResult;
import org.tessera.TestEdition;
import org.tessera.TestFiles;
import org.tessera.Tessera;

/**
 * The corpus of broken editions in src/test/resources/bad-editions: each is built over the output of a good
 * build, and must fail naming the file and line of its problem, print no stack trace, and leave that output
 * byte for byte as it was. Each case's expect.properties says what to expect; src/test/scripts/make-bad-editions.py
 * writes the corpus.
 */
class BadEditionsTest {

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(TestFiles.resource("bad-editions"))) {
            return list.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bad_edition_fails_naming_file_and_line_and_keeps_previous_output(String name, @TempDir Path temp) throws IOException {
        Properties expect = expectations(name);
        Path site = temp.resolve("site");
        BuildResult good = Tessera.build(TestEdition.copyOf("editions/minimal", temp.resolve("good")).root(), site, false);
        assertTrue(good.published(), () -> "the good edition should build: " + good.problems());
        Map<String, String> before = TestFiles.snapshot(site);

        Path edition = TestEdition.copyOf("bad-editions/" + name, temp.resolve("edition")).root();
        linkOutside(expect, edition, temp);
        String[] strict = Boolean.parseBoolean(expect.getProperty("strict")) ? new String[] {"--strict"} : new String[0];
        Run build = Run.of(concat(new String[] {"build", "--source", edition.toString(), "--output", site.toString()}, strict));
        Run check = Run.of(concat(new String[] {"check", "--source", edition.toString()}, strict));

        int exit = Integer.parseInt(expect.getProperty("exit", "1"));
        String where = expect.getProperty("where");
        String message = expect.getProperty("message");
        assertEquals(exit, build.exit(), () -> "build exit code; stderr:\n" + build.err());
        assertTrue(build.saysOnOneLine(where, message), () -> "build should report " + where + ": " + message + "\n" + build.err());
        assertEquals(exit, check.exit(), () -> "check exit code; stdout:\n" + check.out());
        assertTrue(check.saysOnOneLine(where, message), () -> "check should report " + where + ": " + message + "\n" + check.out());
        assertFalse(build.showsStackTrace() || check.showsStackTrace(), build.err() + check.out() + check.err());
        assertTrue(build.err().contains("the previous output is unchanged"), build.err());
        assertEquals(before, TestFiles.snapshot(site), "the previous output must be unchanged");
        assertEquals(TestFiles.snapshot(site).keySet(), before.keySet());
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().startsWith(".tessera-")).count(),
                    "no temporary folder is left behind");
        }
    }

    private static Properties expectations(String name) throws IOException {
        Properties expect = new Properties();
        try (InputStream in = Files.newInputStream(TestFiles.resource("bad-editions/" + name).resolve("expect.properties"))) {
            expect.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return expect;
    }

    /** Symbolic links cannot live in the test resources: {@code link=PATH} makes PATH a link to a file outside. */
    private static void linkOutside(Properties expect, Path edition, Path temp) throws IOException {
        String link = expect.getProperty("link");
        if (link != null) {
            Path secret = Files.writeString(temp.resolve("secret.txt"), "a file outside the edition\n");
            Files.createDirectories(edition.resolve(link).getParent());
            Files.createSymbolicLink(edition.resolve(link), secret);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
