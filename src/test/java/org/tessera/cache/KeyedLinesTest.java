package org.tessera.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache files of parsed files and checks: a change appends its lines, and the file is written anew when old lines pile up. */
class KeyedLinesTest {

    @TempDir
    Path folder;

    @Test
    void a_changed_value_is_appended_and_read_back_as_the_last_line_of_its_key() throws IOException {
        Path file = folder.resolve("lines.txt");
        Map<String, String> live = values(200);
        KeyedLines.none(file, "test lines").keep(live);
        long written = Files.size(file);

        live.put("key-7", "changed");
        KeyedLines.read(file, "test lines").keep(live);

        assertEquals(written + "key-7\tchanged\n".length(), Files.size(file), "only the changed line is appended");
        assertEquals("changed", KeyedLines.read(file, "test lines").get("key-7"));
        assertEquals("value-8", KeyedLines.read(file, "test lines").get("key-8"));
    }

    @Test
    void once_old_lines_outnumber_the_live_ones_the_file_is_written_anew() throws IOException {
        Path file = folder.resolve("lines.txt");
        Map<String, String> live = values(100);
        KeyedLines.none(file, "test lines").keep(live);
        live = changedAll(live);
        KeyedLines.read(file, "test lines").keep(live);
        assertEquals(1 + 2 * live.size(), Files.readAllLines(file).size(), "every key changed: its lines appended");

        live = changedAll(live);
        KeyedLines.read(file, "test lines").keep(live);

        assertEquals(1 + live.size(), Files.readAllLines(file).size(), "written anew: one header and one line per key");
        assertEquals("value-3++", KeyedLines.read(file, "test lines").get("key-3"));
    }

    private static Map<String, String> changedAll(Map<String, String> live) {
        Map<String, String> changed = new HashMap<>();
        live.forEach((key, value) -> changed.put(key, value + "+"));
        return changed;
    }

    @Test
    void a_file_of_another_kind_or_another_tessera_holds_nothing() throws IOException {
        Path file = folder.resolve("lines.txt");
        KeyedLines.none(file, "test lines").keep(values(3));
        assertNull(KeyedLines.read(file, "other lines").get("key-1"));
        Files.writeString(file, Files.readString(file).replaceFirst("made by ", "made by another "));
        assertNull(KeyedLines.read(file, "test lines").get("key-1"));
    }

    private static Map<String, String> values(int n) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < n; i++) {
            values.put("key-" + i, "value-" + i);
        }
        return values;
    }
}
