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

    @Test
    void a_build_reading_a_few_keys_gets_their_last_lines_appended_or_not() throws IOException {
        Path file = folder.resolve("lines.txt");
        Map<String, String> live = values(500);
        KeyedLines.none(file, "test lines").keep(live);
        live.put("key-7", "changed with ünïcode");
        KeyedLines.read(file, "test lines").keep(live);

        KeyedLines few = KeyedLines.read(file, "test lines", key -> key.equals("key-7") || key.equals("key-8"));

        assertEquals("changed with ünïcode", few.get("key-7"), "the appended line, after the indexed one");
        assertEquals("value-8", few.get("key-8"));
        assertNull(few.get("key-9"), "a key not asked for is not read");
    }

    @Test
    void a_build_reading_a_few_keys_adds_its_lines_and_loses_none_of_the_others() throws IOException {
        Path file = folder.resolve("lines.txt");
        KeyedLines.none(file, "test lines").keep(values(300));

        KeyedLines.read(file, "test lines", key -> key.equals("key-1")).keep(Map.of("key-1", "new"));

        KeyedLines all = KeyedLines.read(file, "test lines");
        assertEquals("new", all.get("key-1"));
        assertEquals("value-299", all.get("key-299"), "lines it did not read stay");
    }

    @Test
    void an_index_of_an_earlier_writing_of_the_file_is_not_trusted() throws IOException {
        Path file = folder.resolve("lines.txt");
        KeyedLines.none(file, "test lines").keep(values(50));
        Path index = file.resolveSibling("lines.txt.index");
        byte[] earlier = Files.readAllBytes(index);
        Map<String, String> others = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            others.put("key-" + i, "a much longer value than before, number " + i);
        }
        KeyedLines.none(file, "test lines").keep(others);
        Files.write(index, earlier); // left by a build killed between writing the file and its index

        assertEquals("a much longer value than before, number 20", KeyedLines.read(file, "test lines", "key-20"::equals).get("key-20"));
    }

    private static Map<String, String> values(int n) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < n; i++) {
            values.put("key-" + i, "value-" + i);
        }
        return values;
    }
}
