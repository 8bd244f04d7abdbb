package org.tessera;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small editions into a folder for tests: a valid minimal one, then whatever a test changes. */
public final class EditionFixture {

    public static final String SITE = """
            title: Test Fund in Action
            edition: {label: "1st edition", date: 2023-09}
            publisher: Test Multi-Partner Trust Fund
            """;

    public static final String PROGRAMME = """
            title: Empowerment of families left behind
            countries: [TJ]
            status: active
            budget: {currency: USD, total: 2200000, by_organization: {FAO: 600000, IOM: 600000, UNICEF: 500000, UN Women: 500000}}
            """;

    private final Path root;

    private EditionFixture(Path root) {
        this.root = root;
    }

    /** A minimal valid edition: site.yml and one programme. */
    public static EditionFixture minimal(Path root) {
        return new EditionFixture(root).file("site.yml", SITE).file("content/programmes/tajikistan.yml", PROGRAMME);
    }

    public EditionFixture file(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    /** The text of a built file. */
    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
