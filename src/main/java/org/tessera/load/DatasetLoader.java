package org.tessera.load;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.tessera.model.Cell;
import org.tessera.model.Column;
import org.tessera.model.ColumnType;
import org.tessera.model.Dataset;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.Row;
import org.tessera.model.Source;
import org.tessera.model.Totals;
import org.tessera.model.WrittenDate;
import org.tessera.util.Numbers;
import org.tessera.util.Suggest;

/** Reads content/data/&lt;name&gt;.csv, or a sheet of &lt;name&gt;.xlsx, with its optional &lt;name&gt;.yml description. */
final class DatasetLoader {

    /** Description fields that choose where in a workbook the dataset is; a CSV has no sheets. */
    private static final List<String> WORKBOOK_ONLY = List.of("sheet", "header_row");

    private final CsvRows csv = new CsvRows();
    private final WorkbookRows workbooks = new WorkbookRows();

    /** A column as described in the .yml. */
    private record Described(ColumnType type, String currency, String label, Position at) {
    }

    /**
     * @param known types of columns that the tool requires (e.g. indicators' value), used when the .yml
     *              does not describe them, so that a typo is an error rather than a text column
     */
    Optional<Dataset> load(String name, String file, String text, String describedIn, Optional<YamlNode> description,
                           TextLanguage language, Map<String, ColumnType> known, List<Problem> problems) {
        Optional<Problem> separator = CsvRows.otherSeparator(text, file);
        if (separator.isPresent()) {
            problems.add(separator.get());
            return Optional.empty();
        }
        List<CsvRows.RawRow> raw = csv.read(text, file, problems);
        if (raw.isEmpty()) {
            if (text.isBlank()) {
                problems.add(Problem.error(new Position(file, 1, 1), "the dataset is empty; it needs a header row and data rows"));
            }
            return Optional.empty();
        }
        return typed(name, file, "", raw, describedIn, () -> {
            Optional<Fields> info = description.flatMap(d -> Fields.of(d, describedIn, language, problems));
            info.ifPresent(i -> WORKBOOK_ONLY.stream().filter(i::has).forEach(key -> problems.add(Problem.warning(i.at(key),
                    "'" + key + "' applies to a workbook (.xlsx); " + file + " is a CSV file, so it is ignored"))));
            return info;
        }, known, problems);
    }

    /** The same dataset read from a sheet of a workbook: {@code sheet:} and {@code header_row:} choose where. */
    Optional<Dataset> loadWorkbook(String name, Path path, String file, String describedIn, Optional<YamlNode> description,
                                   TextLanguage language, Map<String, ColumnType> known, List<Problem> problems) {
        Optional<Fields> info = description.flatMap(d -> Fields.of(d, describedIn, language, problems));
        Optional<String> sheet = info.flatMap(i -> i.text("sheet"));
        OptionalInt headerRow = info.map(i -> i.integer("header_row", 1, 1_048_576))
                .orElse(OptionalInt.empty());
        return workbooks.read(path, file, sheet, headerRow, problems)
                .flatMap(s -> typed(name, file, s.name(), s.rows(), describedIn, () -> info, known, problems));
    }

    /** Rows as written (the header first), typed and checked; the description is read once the header is sound. */
    private Optional<Dataset> typed(String name, String file, String sheet, List<CsvRows.RawRow> raw, String describedIn,
                                    Supplier<Optional<Fields>> description,
                                    Map<String, ColumnType> known, List<Problem> problems) {
        List<String> header = raw.get(0).cells().stream().map(String::strip).toList();
        int headerLine = raw.get(0).line();
        if (!checkHeader(header, file, sheet, headerLine, problems)) {
            return Optional.empty();
        }
        Optional<Fields> info = description.get();
        info.ifPresent(i -> i.allowOnly(Shapes.DATASET));
        String source = sheet.isEmpty() ? file : file + " (sheet '" + sheet + "')";
        Map<String, Described> described = describedColumns(info, header, describedIn, source, problems);
        List<CsvRows.RawRow> body = raw.subList(1, raw.size());
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String column = header.get(c);
            Described d = described.get(column);
            ColumnType type = d != null ? d.type() : known.containsKey(column) ? known.get(column) : infer(body, c);
            columns.add(new Column(column, type, d != null ? d.currency() : "",
                    d != null && !d.label().isEmpty() ? d.label() : column, new Position(file, headerLine, c + 1, sheet)));
        }
        List<Row> rows = rows(body, columns, file, sheet, problems);
        return Optional.of(new Dataset(name, file,
                info.flatMap(i -> i.translatable("title")).orElse(name),
                info.flatMap(i -> i.mapping("source")).map(s -> source(s, problems)).orElse(Source.NONE),
                List.copyOf(columns), rows, totals(info, header, describedIn, source, problems), info.flatMap(i -> i.translatable("notes")),
                info.map(Fields::at).orElse(Position.of(describedIn)), sheet));
    }

    /**
     * {@code dataset} with the texts of its description in {@code language}: title, notes and column labels. The rows
     * are the same: a dataset's figures do not depend on the language it is shown in.
     */
    static Dataset inLanguage(Dataset dataset, Optional<YamlNode> description, TextLanguage language, List<Problem> problems) {
        Optional<Fields> info = description.flatMap(d -> Fields.of(d, dataset.describedAt().file(), language, problems));
        Optional<Fields> described = info.flatMap(i -> i.mapping("columns"));
        List<Column> columns = dataset.columns().stream().map(c -> described.filter(d -> d.has(c.name()))
                .flatMap(d -> d.mapping(c.name())).flatMap(d -> d.translatable("label")).filter(l -> !l.isEmpty())
                .map(label -> new Column(c.name(), c.type(), c.currency(), label, c.at())).orElse(c)).toList();
        return new Dataset(dataset.name(), dataset.file(), info.flatMap(i -> i.translatable("title")).orElse(dataset.name()),
                dataset.source(), columns, dataset.rows(), dataset.totals(), info.flatMap(i -> i.translatable("notes")),
                dataset.describedAt(), dataset.sheet());
    }

    private static boolean checkHeader(List<String> header, String file, String sheet, int line, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (name.isEmpty()) {
                problems.add(Problem.error(new Position(file, line, c + 1, sheet), "column " + (c + 1) + " has no name in the header row"));
                ok = false;
            } else if (!seen.add(name)) {
                problems.add(Problem.error(new Position(file, line, c + 1, sheet), "column '" + name + "' appears twice in the header row"));
                ok = false;
            }
        }
        return ok;
    }

    private static List<Row> rows(List<CsvRows.RawRow> body, List<Column> columns, String file, String sheet,
                                  List<Problem> problems) {
        List<Row> rows = new ArrayList<>(body.size());
        for (CsvRows.RawRow raw : body) {
            if (raw.cells().size() != columns.size()) {
                boolean blank = raw.cells().stream().allMatch(String::isBlank);
                if (!blank) {
                    problems.add(Problem.error(new Position(file, raw.line(), Math.min(raw.cells().size(), columns.size()) + 1, sheet),
                            "this row has " + raw.cells().size() + " cells but the header has " + columns.size()
                                    + "; check for a missing or extra comma (put text containing commas in quotes)"));
                }
                continue;
            }
            List<Cell> cells = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                cells.add(cell(raw.cells().get(c), columns.get(c), new Position(file, raw.line(), c + 1, sheet), problems));
            }
            rows.add(new Row(raw.line(), List.copyOf(cells)));
        }
        return List.copyOf(rows);
    }

    private static Cell cell(String rawText, Column column, Position at, List<Problem> problems) {
        String text = rawText.strip();
        if (!column.type().isNumeric() || Numbers.isEmpty(text)) {
            if (column.type() == ColumnType.DATE && !Numbers.isEmpty(text) && !isDate(text)) {
                problems.add(Problem.error(at, "\"" + text + "\" in column '" + column.name() + "' is not a date; write it as "
                        + WrittenDate.FORMS));
            }
            return new Cell(text, Optional.empty());
        }
        Optional<BigDecimal> number = Numbers.parse(text);
        if (number.isEmpty()) {
            problems.add(Problem.error(at, "\"" + text + "\" in column '" + column.name() + "' is not a number" + Numbers.hint(text)));
        } else if (column.type() == ColumnType.INTEGER && number.get().stripTrailingZeros().scale() > 0) {
            problems.add(Problem.error(at, "\"" + text + "\" in column '" + column.name() + "' should be a whole number"));
        }
        return new Cell(text, number);
    }

    /**
     * A column whose every filled cell is a number is numeric, and one with a % sign a percentage. So is a column
     * whose other cells are numbers typed with a slip ("12O", "1.234.567") as long as they are the fewer: those
     * cells are then reported instead of turning the whole column into text.
     */
    static ColumnType infer(List<CsvRows.RawRow> body, int column) {
        int numbers = 0;
        int mistyped = 0;
        boolean percent = false;
        boolean whole = true;
        boolean dates = true;
        for (int r = 0; r < body.size(); r++) {
            CsvRows.RawRow row = body.get(r);
            if (column >= row.cells().size()) {
                continue;
            }
            String text = row.cells().get(column).strip();
            if (Numbers.isEmpty(text)) {
                continue;
            }
            Optional<BigDecimal> number = Numbers.parse(text);
            dates = dates && number.isEmpty() && isDate(text);
            if (number.isEmpty()) {
                if (!Numbers.isMistypedNumber(text)) {
                    return dates ? inferDates(body, column) : ColumnType.TEXT;
                }
                mistyped++;
                if (!dates && mistyped > numbers + body.size() - r - 1) {
                    return ColumnType.TEXT; // text either way: the rows left cannot outnumber these (e.g. codes)
                }
                continue;
            }
            numbers++;
            percent |= text.endsWith("%");
            whole &= number.get().stripTrailingZeros().scale() <= 0;
        }
        if (numbers == 0 || mistyped >= numbers) {
            return ColumnType.TEXT;
        }
        return percent ? ColumnType.PERCENT : whole ? ColumnType.INTEGER : ColumnType.NUMBER;
    }

    private static ColumnType inferDates(List<CsvRows.RawRow> body, int column) {
        for (CsvRows.RawRow row : body) {
            if (column < row.cells().size()) {
                String text = row.cells().get(column).strip();
                if (!Numbers.isEmpty(text) && !isDate(text)) {
                    return ColumnType.TEXT;
                }
            }
        }
        return ColumnType.DATE;
    }

    private static boolean isDate(String text) {
        return WrittenDate.parse(text).isPresent();
    }

    /** {@code source} names the data for messages: the CSV file, or the workbook and its sheet. */
    private static Map<String, Described> describedColumns(Optional<Fields> info, List<String> header, String file,
                                                           String source, List<Problem> problems) {
        Map<String, Described> out = new HashMap<>();
        Optional<Fields> columns = info.flatMap(i -> i.mapping("columns"));
        if (columns.isEmpty()) {
            return out;
        }
        for (String name : columns.get().raw().entries().keySet()) {
            Position at = columns.get().at(name);
            if (!header.contains(name)) {
                problems.add(Problem.error(at, "column '" + name + "' is described in " + file + " but " + source + " has no such column"
                        + Suggest.closest(name, header).map(s -> " (did you mean '" + s + "'?)").orElse("")
                        + "; its columns are " + String.join(", ", header)));
                continue;
            }
            columns.get().mapping(name).ifPresent(c -> {
                c.allowOnly(Shapes.COLUMN);
                ColumnType type = c.oneOf("type", Shapes.COLUMN)
                        .map(t -> ColumnType.valueOf(t.toUpperCase(Locale.ROOT))).orElse(ColumnType.TEXT);
                String currency = c.textOr("currency", type == ColumnType.MONEY ? "USD" : "");
                out.put(name, new Described(type, currency, c.translatableOr("label", ""), at));
            });
        }
        return out;
    }

    private static Source source(Fields s, List<Problem> problems) {
        s.allowOnly(Shapes.SOURCE);
        Optional<String> url = s.text("url");
        if (url.isPresent() && !WebAddress.isSafe(url.get())) {
            problems.add(Problem.error(s.at("url"), WebAddress.explain("the source url", url.get())));
            url = Optional.empty();
        }
        // Checked here, kept as written: the source line prints it at the precision written.
        return new Source(s.textOr("publisher", ""), s.writtenDate("as_of").map(WrittenDate::toString), url);
    }

    private static Totals totals(Optional<Fields> info, List<String> header, String file, String source,
                                 List<Problem> problems) {
        Optional<Fields> totals = info.flatMap(i -> i.mapping("totals"));
        if (totals.isEmpty()) {
            return new Totals(Optional.empty(), Optional.empty(), Position.of(file));
        }
        Fields t = totals.get();
        t.allowOnly(Shapes.TOTALS);
        Optional<String> column = t.text("column");
        column.filter(c -> !header.contains(c)).ifPresent(c -> problems.add(Problem.error(t.at("column"),
                "the declared total column '" + c + "' is not a column of " + source + "; its columns are " + String.join(", ", header))));
        return new Totals(t.text("row"), column, t.at());
    }
}
