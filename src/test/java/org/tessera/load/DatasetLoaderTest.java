package org.tessera.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tessera.model.ColumnType;
import org.tessera.model.Dataset;
import org.tessera.model.Problem;

class DatasetLoaderTest {

    private final List<Problem> problems = new ArrayList<>();

    private Optional<Dataset> load(String csv) {
        return new DatasetLoader().load("donors", "content/data/donors.csv", TextFiles.normalize(csv),
                "content/data/donors.yml", Optional.empty(), TextLanguage.only("en"), Map.of(), problems);
    }

    @Test
    void infers_types_and_reads_grouped_numbers() {
        Dataset data = load("donor,amount,share\nSweden,\"12,500,000\",40%\nGermany,9 000 000,30%\n").orElseThrow();
        assertEquals(List.of(ColumnType.TEXT, ColumnType.INTEGER, ColumnType.PERCENT),
                data.columns().stream().map(c -> c.type()).toList());
        assertEquals(new BigDecimal("12500000"), data.rows().get(0).cell(1).number().orElseThrow());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void bom_and_crlf_are_accepted() {
        Dataset data = load("\uFEFFdonor,amount\r\nSweden,5\r\n").orElseThrow();
        assertEquals("donor", data.columns().get(0).name());
        assertEquals(2, data.rows().get(0).line());
    }

    @Test
    void ragged_row_names_its_line() {
        load("donor,amount\nSweden,5\nNorway,6,7\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).format().startsWith("content/data/donors.csv:3:"), problems.get(0).format());
        assertTrue(problems.get(0).message().contains("3 cells but the header has 2"));
    }

    @Test
    void a_word_in_a_number_column_is_an_error_with_line_and_column() {
        new DatasetLoader().load("donors", "content/data/donors.csv", "donor,amount\nSweden,5\nNorway,1,2OO\n".replace("1,2OO", "\"1,2OO\""),
                "content/data/donors.yml", Optional.empty(), TextLanguage.only("en"), Map.of("amount", ColumnType.MONEY), problems);
        assertEquals("content/data/donors.csv:3:2: error: \"1,2OO\" in column 'amount' is not a number (letter O instead of zero?)",
                problems.get(0).format());
    }

    @Test
    void quoted_cells_may_hold_commas_and_line_breaks() {
        Dataset data = load("donor,amount\n\"Korea, Republic of\",5\n\"Multi\nline\",6\nNorway,7\n").orElseThrow();
        assertEquals("Korea, Republic of", data.rows().get(0).cell(0).text());
        assertEquals(5, data.rows().get(2).line());
    }

    @Test
    void empty_file_is_an_error() {
        assertTrue(load("").isEmpty());
        assertTrue(problems.get(0).message().contains("empty"));
    }

    @Test
    void description_naming_an_unknown_column_is_an_error() {
        YamlReader yaml = new YamlReader();
        var description = yaml.read("columns:\n  amout: {type: money}\n", "content/data/donors.yml", 0, problems);
        new DatasetLoader().load("donors", "content/data/donors.csv", "donor,amount\nSweden,5\n",
                "content/data/donors.yml", description, TextLanguage.only("en"), Map.of(), problems);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).format().startsWith("content/data/donors.yml:2:3: error: column 'amout'"), problems.get(0).format());
        assertTrue(problems.get(0).message().contains("did you mean 'amount'"));
    }
}
