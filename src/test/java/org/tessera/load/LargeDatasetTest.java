package org.tessera.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.BuildResult;
import org.tessera.TestEdition;
import org.tessera.Tessera;

class LargeDatasetTest {

    private static final int ROWS = 100_000;

    @TempDir
    Path temp;

    private Path editionWithLargeDataset(String badCellOnLastRow) {
        StringBuilder csv = new StringBuilder("district,year,women,men\r\n");
        for (int i = 1; i <= ROWS; i++) {
            String women = i == ROWS && badCellOnLastRow != null ? badCellOnLastRow : String.format("%,d", i % 5000);
            csv.append("district ").append(i).append(",2023,\"").append(women).append("\",").append(i % 700).append("\r\n");
        }
        return TestEdition.copyOf("editions/minimal", temp.resolve("edition")).file("content/data/districts.csv", "\uFEFF" + csv).root();
    }

    @Test
    void a_dataset_of_100000_rows_builds_and_is_published_whole() throws IOException {
        BuildResult result = Tessera.build(editionWithLargeDataset(null), temp.resolve("site"), false);

        assertTrue(result.published(), () -> result.problems().toString());
        try (var lines = Files.lines(temp.resolve("site/data/districts.csv"))) {
            assertEquals(ROWS + 1, lines.count());
        }
        assertTrue(Files.readString(temp.resolve("site/data/index.html")).contains("100,000"));
    }

    @Test
    void a_bad_cell_on_the_last_of_100000_rows_is_named_by_its_line() {
        BuildResult result = Tessera.build(editionWithLargeDataset("12O"), temp.resolve("site"), false);

        assertFalse(result.published());
        assertEquals("content/data/districts.csv:100001:3: error: \"12O\" in column 'women' is not a number (letter O instead of zero?)",
                result.problems().get(0).format());
        assertFalse(Files.exists(temp.resolve("site")));
    }
}
