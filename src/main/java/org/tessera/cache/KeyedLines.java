package org.tessera.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

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
    /** Whether every line was read: else what is not read may still be live, and is never written over. */
    private final boolean whole;

    private KeyedLines(Path file, String what, Map<String, String> lines, int count, boolean appendable, boolean whole) {
        this.file = file;
        this.what = what;
        this.lines = lines;
        this.count = count;
        this.appendable = appendable;
        this.whole = whole;
    }

    /** The lines of {@code file} by key, if its first line is {@code what} and this Tessera; else none. */
    public static KeyedLines read(Path file, String what) {
        return read(file, what, null);
    }

    /**
     * The lines of the keys {@code wanted} accepts (null: every key): only theirs are decoded, so that a build needing a few of tens of
     * thousands reads little more than the bytes. What is read so can only be added to ({@link #add}).
     */
    public static KeyedLines read(Path file, String what, Predicate<String> wanted) {
        Map<String, String> lines = new HashMap<>();
        try {
            byte[] bytes = Files.readAllBytes(file);
            int end = newline(bytes, 0);
            if (end < bytes.length && new String(bytes, 0, end, StandardCharsets.UTF_8).equals(header(what))) {
                int count = 0;
                for (int start = end + 1; start < bytes.length; start = end + 1) {
                    end = newline(bytes, start);
                    int tab = start;
                    while (tab < end && bytes[tab] != '\t') {
                        tab++;
                    }
                    count++;
                    String key = new String(bytes, start, tab - start, StandardCharsets.UTF_8);
                    if (tab > start && tab < end && (wanted == null || wanted.test(key))) {
                        lines.put(key, new String(bytes, tab + 1, end - tab - 1, StandardCharsets.UTF_8));
                    }
                }
                return new KeyedLines(file, what, lines, count, true, wanted == null);
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
        return new KeyedLines(file, what, Map.of(), 0, false, true);
    }

    /** The value the file holds for {@code key}, or null. */
    public String get(String key) {
        return lines.get(key);
    }

    /** Keeps {@code live} (key to value) for the next build: appends what is new, or writes the file anew. */
    public void keep(Map<String, String> live) throws IOException {
        if (!whole) {
            add(live);
            return;
        }
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

    /**
     * Appends {@code changed} (key to value) and leaves every other line as it is: for a build that read only some
     * keys, which cannot tell which of the others are still live.
     */
    public void add(Map<String, String> changed) throws IOException {
        Map<String, String> added = new TreeMap<>();
        changed.forEach((key, line) -> {
            if (!line.equals(lines.get(key))) {
                added.put(key, line);
            }
        });
        if (added.isEmpty()) {
            return;
        }
        if (appendable) {
            Files.writeString(file, text(new StringBuilder(), added), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } else {
            CacheFiles.replace(file, text(new StringBuilder(header(what)).append('\n'), added).toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static int newline(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && bytes[i] != '\n') {
            i++;
        }
        return i;
    }

    private static StringBuilder text(StringBuilder out, Map<String, String> lines) {
        lines.forEach((key, line) -> out.append(key).append('\t').append(line).append('\n'));
        return out;
    }

    private static String header(String what) {
        return "tessera " + what + ", made by " + BuildCache.thisTool();
    }
}
