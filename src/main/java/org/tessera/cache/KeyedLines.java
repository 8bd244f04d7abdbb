package org.tessera.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A file of the build cache folder holding one line per key ({@code key TAB value}) under a header line that names
 * what it holds and the Tessera that wrote it: what the loader made of each file, what each programme's checks found.
 * A file with another header (another Tessera's), or that cannot be read, holds nothing. A build that changed a few
 * values appends their lines (the last line of a key is its value) rather than writing tens of megabytes again; the
 * file is written anew, in one step, once it holds more old lines than live ones. A line cut short by a build killed
 * while appending reads back as damaged, and whoever reads it makes its value again.
 */
public final class KeyedLines {

    /** Old lines tolerated before the file is written anew: as many as the live ones, and a few. */
    private static final int SLACK = 64;

    private final Path file;
    private final String what;
    private final Map<String, String> lines;
    private final int count;
    private final boolean appendable;

    private KeyedLines(Path file, String what, Map<String, String> lines, int count, boolean appendable) {
        this.file = file;
        this.what = what;
        this.lines = lines;
        this.count = count;
        this.appendable = appendable;
    }

    /** The lines of {@code file} by key, if its first line is {@code what} and this Tessera; else none. */
    public static KeyedLines read(Path file, String what) {
        Map<String, String> lines = new HashMap<>();
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!all.isEmpty() && all.get(0).equals(header(what))) {
                all.stream().skip(1).forEach(line -> {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        lines.put(line.substring(0, tab), line.substring(tab + 1));
                    }
                });
                return new KeyedLines(file, what, lines, all.size() - 1, true);
            }
        } catch (NoSuchFileException e) {
            // none yet
        } catch (IOException | RuntimeException e) {
            // damaged: as if there were none, and written anew
        }
        return none(file, what);
    }

    /** No lines: what is kept is written anew ({@code --clean}, or an untrusted cache). */
    public static KeyedLines none(Path file, String what) {
        return new KeyedLines(file, what, Map.of(), 0, false);
    }

    /** The value the file holds for {@code key}, or null. */
    public String get(String key) {
        return lines.get(key);
    }

    /** Keeps {@code live} (key to value) for the next build: appends what is new, or writes the file anew. */
    public void keep(Map<String, String> live) throws IOException {
        Map<String, String> added = new TreeMap<>();
        live.forEach((key, line) -> {
            if (!line.equals(lines.get(key))) {
                added.put(key, line);
            }
        });
        if (appendable && count + added.size() <= 2 * live.size() + SLACK) {
            if (!added.isEmpty()) {
                Files.writeString(file, text(new StringBuilder(), added), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
            return;
        }
        CacheFiles.replace(file, text(new StringBuilder(header(what)).append('\n'), new TreeMap<>(live)).toString()
                .getBytes(StandardCharsets.UTF_8));
    }

    private static StringBuilder text(StringBuilder out, Map<String, String> lines) {
        lines.forEach((key, line) -> out.append(key).append('\t').append(line).append('\n'));
        return out;
    }

    private static String header(String what) {
        return "tessera " + what + ", made by " + BuildCache.thisTool();
    }
}
