package org.tessera.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file of the build cache folder holding one line per key ({@code key TAB value}) under a header line that names
 * what it holds and the Tessera that wrote it: what the loader made of each file, what each programme's checks found.
 * A file with another header (another Tessera's), or that cannot be read, holds nothing.
 */
public final class KeyedLines {

    private KeyedLines() {
    }

    /** The lines of {@code file} by key, if its first line is {@code what} and this Tessera; else none. */
    public static Map<String, String> read(Path file, String what) {
        Map<String, String> lines = new ConcurrentHashMap<>();
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!all.isEmpty() && all.get(0).equals(header(what))) {
                all.stream().skip(1).forEach(line -> {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        lines.put(line.substring(0, tab), line.substring(tab + 1));
                    }
                });
            }
        } catch (NoSuchFileException e) {
            // none yet
        } catch (IOException | RuntimeException e) {
            lines.clear(); // damaged: as if there were none, and written again
        }
        return lines;
    }

    /** Writes {@code lines} in key order under the header, in one step: a reader finds the old file or the new one. */
    public static void write(Path file, String what, Map<String, String> lines) throws IOException {
        StringBuilder out = new StringBuilder(header(what)).append('\n');
        new TreeMap<>(lines).forEach((key, line) -> out.append(key).append('\t').append(line).append('\n'));
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, out, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String header(String what) {
        return "tessera " + what + ", made by " + BuildCache.thisTool();
    }
}
