package org.tessera.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.BuildResult;
import org.tessera.ProblemsJson;
import org.tessera.TestEdition;
import org.tessera.TestFiles;
import org.tessera.Tessera;
import org.tessera.model.Problem;

class WorkbookDatasetTest {

    @TempDir
    Path temp;

    /** The example edition (the repository root) copied into {@code folder}. */
    private static Path example(Path folder) {
        for (String part : List.of("site.yml", "content", "assets", "templates", "archive")) {
            TestFiles.copyTree(Path.of(part).toAbsolutePath(), folder.resolve(part));
        }
        return folder;
    }

    /** The CSV dataset {@code name} of the edition replaced by a workbook of the same cells. */
    private static void toWorkbook(Path edition, String name, String sheet) throws IOException {
        Path csv = edition.resolve("content/data/" + name + ".csv");
        TestFiles.write(csv.resolveSibling(name + ".xlsx"), Workbooks.fromCsv(Files.readString(csv), sheet));
        Files.delete(csv);
    }

    /** Whole numbers of the CSV rewritten with thousands separators or a decimal zero, and empty numbers as "-". */
    private static void asTyped(Path csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows;
        try (MappingIterator<List<String>> it = mapper.readerFor(List.class).readValues(csv.toFile())) {
            rows = it.readAll();
        }
        List<Integer> numeric = Stream.of("amount", "baseline", "target", "value").map(rows.get(0)::indexOf)
                .filter(i -> i >= 0).toList();
        for (List<String> row : rows.subList(1, rows.size())) {
            for (int c : numeric) {
                String cell = row.get(c);
                row.set(c, cell.isEmpty() ? "-" : cell.matches("\\d{4,}") ? String.format(Locale.ROOT, "%,d", Long.parseLong(cell))
                        : cell.matches("\\d+") ? cell + ".0" : cell);
            }
        }
        Files.write(csv, mapper.writer().with(CsvSchema.emptySchema().withLineSeparator("\n")).writeValueAsBytes(rows));
    }

    private TestEdition edition() {
        return TestEdition.minimal(temp.resolve("edition"));
    }

    private TestEdition withWorkbook(String name, byte[] workbook) {
        TestEdition edition = edition();
        TestFiles.write(edition.root().resolve("content/data/" + name), workbook);
        return edition;
    }

    private static List<String> errors(BuildResult result) {
        return result.problems().stream().filter(Problem::isError).map(Problem::format).toList();
    }

    private static byte[] results(java.util.function.Consumer<XSSFSheet> fill) {
        return Workbooks.of(workbook -> fill.accept(workbook.createSheet("Results")));
    }

    private static void row(XSSFSheet sheet, int index, Object... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (cells[c] != null) {
                row.createCell(c).setCellValue(cells[c].toString());
            }
        }
    }

    @Test
    void an_edition_whose_indicators_and_donors_are_workbooks_publishes_the_same_files_as_its_csv_twin() throws IOException {
        Path csvEdition = example(temp.resolve("csv"));
        Path xlsxEdition = example(temp.resolve("xlsx"));
        toWorkbook(xlsxEdition, "indicators", "Results");
        toWorkbook(xlsxEdition, "donors", "Donors");
        // the CSV twin typed as people type numbers: 19,569,912 and 2263.0 for the workbook's 19569912 and 2263, - for empty
        asTyped(csvEdition.resolve("content/data/donors.csv"));
        asTyped(csvEdition.resolve("content/data/indicators.csv"));

        BuildResult fromCsv = Tessera.build(csvEdition, temp.resolve("csv-site"), false);
        BuildResult fromXlsx = Tessera.build(xlsxEdition, temp.resolve("xlsx-site"), false);

        assertEquals(List.of(), errors(fromXlsx));
        assertTrue(fromCsv.published() && fromXlsx.published());
        Map<String, String> csvFiles = TestFiles.snapshot(temp.resolve("csv-site"));
        Map<String, String> xlsxFiles = TestFiles.snapshot(temp.resolve("xlsx-site"));
        assertTrue(csvFiles.containsKey("data/indicators.csv") && csvFiles.containsKey("data/donors.json"), csvFiles.keySet()::toString);
        assertEquals(csvFiles, xlsxFiles);
        assertFalse(xlsxFiles.keySet().stream().anyMatch(f -> f.endsWith(".xlsx")), "the workbook itself is never published");
    }

    @Test
    void a_cell_formatted_as_a_percent_reads_as_the_percent_shown() throws IOException {
        TestEdition edition = withWorkbook("shares.xlsx", results(sheet -> {
            row(sheet, 0, "district", "share");
            row(sheet, 1, "Khatlon", 0.94);
            CellStyle percent = sheet.getWorkbook().createCellStyle();
            percent.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0.0%"));
            sheet.getRow(1).getCell(1).setCellStyle(percent);
        }));

        edition.build();

        // the export writes it as it writes a CSV cell 94%
        assertEquals("district,share\nKhatlon,\"94%\"\n", Files.readString(edition.output().resolve("data/shares.csv")));
        assertTrue(Files.readString(edition.output().resolve("data/shares.json")).contains("\"type\" : \"percent\""));
    }

    @Test
    void a_formula_is_read_as_the_result_saved_with_it() throws IOException {
        TestEdition edition = withWorkbook("funds.xlsx", results(sheet -> {
            row(sheet, 0, "donor", "amount");
            row(sheet, 1, "Germany", 1200);
            row(sheet, 2, "Denmark", 800);
            Row total = sheet.createRow(3);
            total.createCell(0).setCellValue("Total");
            total.createCell(1).setCellFormula("SUM(B2:B3)");
            total.getCell(1).setCellValue(2000); // the result Excel saves with the formula
        }));

        edition.build();

        assertEquals("donor,amount\nGermany,1200\nDenmark,800\nTotal,2000\n",
                Files.readString(edition.output().resolve("data/funds.csv")));
    }

    @Test
    void the_lock_file_excel_keeps_beside_an_open_workbook_is_passed_over() {
        TestEdition edition = withWorkbook("funds.xlsx", small()).file("content/data/~$funds.xlsx", "owner");

        assertEquals(List.of(), edition.check().problems().stream().filter(p -> p.position().file().startsWith("content/data"))
                .map(Problem::format).toList());
    }

    @Test
    void a_formula_without_a_saved_result_is_an_error_naming_its_cell() {
        TestEdition edition = withWorkbook("funds.xlsx", results(sheet -> {
            row(sheet, 0, "donor", "amount");
            row(sheet, 1, "Germany", 1200);
            sheet.createRow(2).createCell(1).setCellFormula("B2*2"); // POI, like some tools, saves no result
        }));

        assertEquals(List.of("content/data/funds.xlsx: Results!B3: error: this formula has no saved result; open the workbook"
                + " in Excel (or LibreOffice), let it calculate and save it again, or replace the formula by its value"),
                errors(edition.check()));
    }

    @Test
    void a_bad_cell_names_the_workbook_sheet_and_cell_in_text_and_json() {
        TestEdition edition = withWorkbook("districts.xlsx", results(sheet -> {
            row(sheet, 0, "district", "year", "women");
            row(sheet, 1, "Khatlon", 2023, 120);
            row(sheet, 2, "Sughd", 2023, "12O");
            row(sheet, 3, "Khatlon", 2024, 135);
        }));

        List<Problem> problems = edition.check().problems().stream().filter(Problem::isError).toList();

        assertEquals(List.of("content/data/districts.xlsx: Results!C3: error: \"12O\" in column 'women' is not a number"
                + " (letter O instead of zero?)"), problems.stream().map(Problem::format).toList());
        String json = ProblemsJson.write(problems, false);
        assertTrue(json.contains("\"file\":\"content/data/districts.xlsx\",\"line\":3,\"column\":3,\"sheet\":\"Results\",\"cell\":\"C3\""),
                json);
    }

    @Test
    void header_row_skips_the_title_rows_above_the_header_of_the_named_sheet() throws IOException {
        TestEdition edition = withWorkbook("districts.xlsx", Workbooks.of(workbook -> {
            row(workbook.createSheet("Notes"), 0, "Read me first");
            XSSFSheet data = workbook.createSheet("District figures");
            row(data, 0, "Women reached by district");
            row(data, 1, "Source: Annual Progress Report 2023");
            row(data, 2, "district", "women");
            row(data, 3, "Khatlon", 120);
            row(data, 4, "Sughd", "many");
        })).file("content/data/districts.yml", "sheet: District figures\nheader_row: 3\ncolumns:\n  women: {type: integer}\n");

        assertEquals(List.of("content/data/districts.xlsx: 'District figures'!B5: error: \"many\" in column 'women' is not a number;"
                + " write digits, e.g. 2263, 2,263 or 94%"), errors(edition.check()));
    }

    @Test
    void a_header_row_that_is_blank_and_a_value_beyond_the_named_columns_are_errors() {
        TestEdition edition = withWorkbook("districts.xlsx", results(sheet -> {
            row(sheet, 1, "district", "women");
            row(sheet, 2, "Khatlon", 120, null, "stray note");
        }));

        assertEquals(List.of("content/data/districts.xlsx: Results!D3: error: this cell is right of the last named column;"
                + " name its column in the header row 2 or clear it"), errors(edition.check()));
        edition.file("content/data/districts.yml", "header_row: 1\n");
        assertEquals(List.of("content/data/districts.xlsx: Results!1:1: error: header_row: 1 is blank in sheet 'Results';"
                + " set header_row to the row holding the column names"), errors(edition.check()));
    }

    @Test
    void a_cell_showing_an_error_is_named_with_its_error_and_a_far_column_with_its_letters() {
        TestEdition edition = withWorkbook("wide.xlsx", results(sheet -> {
            Object[] header = new Object[28];
            Object[] values = new Object[28];
            for (int c = 0; c < 28; c++) {
                header[c] = "c" + (c + 1);
                values[c] = c;
            }
            row(sheet, 0, header);
            row(sheet, 1, values);
            sheet.getRow(1).getCell(27).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
        }));

        assertEquals(List.of("content/data/wide.xlsx: Results!AB2: error: the cell shows the error #DIV/0!; correct it in the"
                + " workbook"), errors(edition.check()));
    }

    @Test
    void sheet_and_header_row_describing_a_csv_are_warned_about() {
        BuildResult result = edition().file("content/data/districts.csv", "district,women\nKhatlon,120\n")
                .file("content/data/districts.yml", "title: Districts\nsheet: Data\n").check();

        assertEquals(List.of("content/data/districts.yml:2:1: warning: 'sheet' applies to a workbook (.xlsx);"
                + " content/data/districts.csv is a CSV file, so it is ignored"), result.problems().stream()
                .filter(p -> p.position().file().startsWith("content/data")).map(Problem::format).toList());
    }

    @Test
    void a_workbook_and_a_csv_of_the_same_name_is_an_error() {
        BuildResult result = withWorkbook("districts.xlsx", results(sheet -> row(sheet, 0, "district")))
                .file("content/data/districts.csv", "district\nKhatlon\n").check();

        assertEquals(List.of("content/data/districts.xlsx: error: both districts.csv and districts.xlsx are in content/data;"
                + " a dataset comes from one file: remove or rename one"), errors(result));
    }

    @Test
    void a_sheet_that_is_not_there_is_named_with_the_sheets_that_are() {
        BuildResult result = withWorkbook("districts.xlsx", results(sheet -> row(sheet, 0, "district")))
                .file("content/data/districts.yml", "sheet: Result\n").check();

        assertEquals(List.of("content/data/districts.xlsx: error: the workbook has no sheet 'Result' (did you mean 'Results'?);"
                + " its sheets are Results"), errors(result));
    }

    @Test
    void a_description_that_does_not_fit_the_sheet_names_the_workbook_and_its_sheet() {
        BuildResult result = withWorkbook("districts.xlsx", small())
                .file("content/data/districts.yml", "columns:\n  woman: {type: integer}\ntotals:\n  column: Total\n").check();

        assertEquals(List.of("content/data/districts.yml:2:3: error: column 'woman' is described in content/data/districts.yml"
                + " but content/data/districts.xlsx (sheet 'Results') has no such column (did you mean 'women'?);"
                + " its columns are district, women",
                "content/data/districts.yml:4:3: error: the declared total column 'Total' is not a column of"
                + " content/data/districts.xlsx (sheet 'Results'); its columns are district, women"), errors(result));
    }

    private List<String> errorsOf(String fileName, byte[] content) {
        return errors(withWorkbook(fileName, content).check());
    }

    private static byte[] small() {
        return results(sheet -> {
            row(sheet, 0, "district", "women");
            row(sheet, 1, "Khatlon", 120);
        });
    }

    @Test
    void a_password_protected_workbook_is_refused_with_what_to_do() {
        assertEquals(List.of("content/data/districts.xlsx: error: the workbook is protected by a password, so it cannot be"
                + " read; in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, left empty)"
                + " and save it again"), errorsOf("districts.xlsx", Workbooks.encrypted(small())));
    }

    @Test
    void an_old_xls_workbook_is_refused_and_told_to_be_saved_as_xlsx() throws IOException {
        byte[] xls;
        try (var workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            workbook.createSheet("Results").createRow(0).createCell(0).setCellValue("district");
            workbook.write(out);
            xls = out.toByteArray();
        }
        String told = "error: this is an Excel 97-2003 workbook (.xls), which Tessera does not read; open it in Excel and"
                + " save it as .xlsx (Excel Workbook)";

        assertEquals(List.of("content/data/districts.xls: " + told), errorsOf("districts.xls", xls));
        Files.delete(temp.resolve("edition/content/data/districts.xls"));
        assertEquals(List.of("content/data/old.xlsx: " + told), errorsOf("old.xlsx", xls));
    }

    @Test
    void csv_or_html_renamed_to_xlsx_is_refused_as_not_a_workbook() {
        assertEquals(List.of("content/data/districts.xlsx: error: this file is not an .xlsx workbook (it looks like text,"
                + " perhaps CSV renamed); if it is CSV, rename it to .csv, or open it in Excel and save it as .xlsx"),
                errorsOf("districts.xlsx", "district,women\nKhatlon,120\n".getBytes()));
        TestFiles.write(temp.resolve("edition/content/data/districts.xlsx"), small());
        assertEquals(List.of("content/data/page.xlsx: error: this file is a web page or XML saved under a workbook's name,"
                + " not an .xlsx workbook; open it in Excel and save it as .xlsx (Excel Workbook)"),
                errorsOf("page.xlsx", "<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>".getBytes()));
    }

    @Test
    void a_zip_bomb_is_stopped_by_the_guard_with_one_error() {
        assertEquals(List.of("content/data/districts.xlsx: error: the workbook unpacks to far more than its size, as a zip bomb"
                + " does, so reading it was stopped; open it in Excel and save it again as .xlsx, or export the sheet as CSV"),
                errorsOf("districts.xlsx", Workbooks.zipBomb(small(), 50_000_000)));
    }

    @Test
    void a_workbook_linking_to_another_is_read_from_its_saved_values_with_a_warning() throws IOException {
        TestEdition edition = withWorkbook("districts.xlsx", Workbooks.of(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Results");
            row(sheet, 0, "district", "women");
            row(sheet, 1, "Khatlon");
            try (XSSFWorkbook other = new XSSFWorkbook()) {
                row(other.createSheet("Figures"), 0, 120);
                workbook.linkExternalWorkbook("figures.xlsx", other);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            sheet.getRow(1).createCell(1).setCellFormula("[figures.xlsx]Figures!A1");
            sheet.getRow(1).getCell(1).setCellValue(120); // the value Excel saved from the linked workbook
        }));

        BuildResult result = edition.check();

        assertEquals(List.of("content/data/districts.xlsx: warning: the workbook links to other workbooks; the values saved"
                + " in it are read, never refreshed from those files"), result.problems().stream()
                .filter(p -> p.position().file().startsWith("content/data")).map(Problem::format).toList());
        edition.build();
        assertEquals("district,women\nKhatlon,120\n", Files.readString(edition.output().resolve("data/districts.csv")));
    }

    @Test
    void a_workbook_with_macros_is_refused() {
        assertEquals(List.of("content/data/districts.xlsm: error: workbooks with macros (.xlsm) are refused: macros never run"
                + " here; save it as .xlsx (Excel Workbook), which keeps the values and drops the macros"),
                errorsOf("districts.xlsm", small()));
    }

    @Test
    void a_workbook_still_being_written_is_read_once_complete() throws Exception {
        byte[] whole = small();
        Path workbook = temp.resolve("edition/content/data/districts.xlsx");
        TestEdition edition = withWorkbook("districts.xlsx", Arrays.copyOf(whole, whole.length / 2));
        Thread rest = new Thread(() -> {
            try {
                Thread.sleep(300); // while the check waits on the first half
                Files.write(workbook, Arrays.copyOfRange(whole, whole.length / 2, whole.length), StandardOpenOption.APPEND);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        rest.start();

        BuildResult result = edition.check();
        rest.join();

        assertEquals(List.of(), errors(result));
        assertTrue(Arrays.equals(whole, Files.readAllBytes(workbook)));
    }

    @Test
    void a_workbook_cut_short_is_reported_as_incomplete() {
        byte[] whole = small();

        assertEquals(List.of("content/data/districts.xlsx: error: the workbook is incomplete, as if it were still being saved"
                + " or its copy was cut short; save it again from Excel"), errorsOf("districts.xlsx", Arrays.copyOf(whole, whole.length - 10)));
    }

    @Test
    void a_sheet_of_100000_rows_builds() throws IOException {
        int rows = 100_000;
        TestEdition edition = withWorkbook("districts.xlsx", results(sheet -> {
            row(sheet, 0, "district", "year", "women", "men");
            for (int i = 1; i <= rows; i++) {
                row(sheet, i, "district " + i, 2023, i % 5000, i % 700);
            }
        }));
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();

        BuildResult result = Tessera.build(edition.root(), edition.output(), false);

        System.out.printf("a sheet of %,d rows (%,d bytes) built in %,d ms; heap in use after: %,d MB (before: %,d MB)%n", rows,
                Files.size(edition.root().resolve("content/data/districts.xlsx")), (System.nanoTime() - start) / 1_000_000,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, before >> 20);
        assertTrue(result.published(), () -> errors(result).toString());
        try (var lines = Files.lines(edition.output().resolve("data/districts.csv"))) {
            assertEquals(rows + 1, lines.count());
        }
    }
}
