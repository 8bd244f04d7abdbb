package org.tessera.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195) and their official
 * titles, read from the resource taxonomies/gcm-objectives.tsv: what programme pages, objective pages and the loader's
 * check all ask.
 */
public final class GcmObjectives {

    /** The titles, objective 1 first. */
    private static final List<String> TITLES = read();

    private GcmObjectives() {
    }

    public static int count() {
        return TITLES.size();
    }

    public static boolean exists(int objective) {
        return objective >= 1 && objective <= TITLES.size();
    }

    /** The official title of an objective that {@link #exists}, in English. */
    public static String title(int objective) {
        return TITLES.get(objective - 1);
    }

    private static List<String> read() {
        return lines("taxonomies/gcm-objectives.tsv").stream().map(l -> l.split("\t", 2)[1]).toList();
    }

    /** The lines of a resource that are not comments. */
    static List<String> lines(String resource) {
        try (InputStream in = GcmObjectives.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
