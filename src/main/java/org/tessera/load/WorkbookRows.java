package org.tessera.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.util.Suggest;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads one sheet of content/data/&lt;name&gt;.xlsx into the rows a CSV would give, streamed from the zip (never the
 * whole file in memory). POI's zip-bomb guard (ZipSecureFile's defaults) stays on. A file that is not a workbook
 * Tessera can read gets one error saying what it is and what to do.
 */
final class WorkbookRows {

    private static final int END_RECORD = 22;
    private static final int SETTLE_MILLIS = 50;
    private static final int SETTLE_LIMIT_MILLIS = 3_000;

    /** The sheet read, and its rows from the header row on (the header first). */
    record Sheet(String name, List<CsvRows.RawRow> rows) {
    }

    /** Workbook forms that are refused by their extension, with what to do instead. */
    static Optional<String> refusal(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xls")) {
            return Optional.of("this is an Excel 97-2003 workbook (.xls), which Tessera does not read;"
                    + " open it in Excel and save it as .xlsx (Excel Workbook)");
        }
        if (lower.endsWith(".xlsm") || lower.endsWith(".xltm")) {
            return Optional.of("workbooks with macros (.xlsm) are refused: macros never run here;"
                    + " save it as .xlsx (Excel Workbook), which keeps the values and drops the macros");
        }
        if (lower.endsWith(".xlsb")) {
            return Optional.of("this is an Excel binary workbook (.xlsb), which Tessera does not read;"
                    + " save it as .xlsx (Excel Workbook)");
        }
        return Optional.empty();
    }

    /**
     * @param wanted     the sheet named by {@code sheet:} in the description, else the first
     * @param headerRow  the row of the header ({@code header_row:}), else the first row that is not blank
     */
    Optional<Sheet> read(Path path, String file, Optional<String> wanted, OptionalInt headerRow, List<Problem> problems) {
        if (!isWorkbook(path, file, problems) || !isComplete(path, file, problems)) {
            return Optional.empty();
        }
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            if (!pkg.getPartsByContentType(XSSFRelation.EXTERNAL_LINKS.getContentType()).isEmpty()) {
                problems.add(Problem.warning(Position.of(file), "the workbook links to other workbooks; the values saved"
                        + " in it are read, never refreshed from those files"));
            }
            boolean date1904 = date1904(reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream xml = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (wanted.isEmpty() || wanted.get().equals(name)) {
                        SheetRows rows = new SheetRows(new ReadOnlySharedStringsTable(pkg), reader.getStylesTable(),
                                date1904, file, name, problems);
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(rows);
                        parser.parse(new InputSource(xml));
                        return fromHeader(name, rows.rows(), headerRow, file, problems);
                    }
                }
            }
            problems.add(Problem.error(Position.of(file), wanted.map(w -> "the workbook has no sheet '" + w + "'"
                    + Suggest.closest(w, names).map(s -> " (did you mean '" + s + "'?)").orElse("")
                    + "; its sheets are " + String.join(", ", names)).orElse("the workbook has no sheet")));
        } catch (Exception e) { // POI reports a damaged package, a zip bomb or bad XML by many exception types
            problems.add(Problem.error(Position.of(file), unreadable(e)));
        }
        return Optional.empty();
    }

    /** The format by its first bytes, whatever the name says: renamed CSV or HTML, and encrypted files, are told apart. */
    private static boolean isWorkbook(Path path, String file, List<Problem> problems) {
        String problem;
        try {
            FileMagic magic = FileMagic.valueOf(path.toFile());
            problem = switch (magic) {
                case OOXML -> null;
                case OLE2 -> isEncrypted(path)
                        ? "the workbook is protected by a password, so it cannot be read; in Excel, remove the password"
                                + " (File > Info > Protect Workbook > Encrypt with Password, left empty) and save it again"
                        : refusal(".xls").orElseThrow();
                case HTML, XML -> "this file is a web page or XML saved under a workbook's name, not an .xlsx workbook;"
                        + " open it in Excel and save it as .xlsx (Excel Workbook)";
                default -> "this file is not an .xlsx workbook (it looks like text, perhaps CSV renamed);"
                        + " if it is CSV, rename it to .csv, or open it in Excel and save it as .xlsx";
            };
        } catch (IOException e) {
            problem = "cannot read the workbook: " + e.getMessage();
        }
        if (problem != null) {
            problems.add(Problem.error(Position.of(file), problem));
        }
        return problem == null;
    }

    /**
     * Waits, a few seconds at most, for a workbook still being written: some programs (LibreOffice, a copy over a network
     * share) write it in place, and {@code serve} may see it before the zip's end record is there. Reported when it never
     * comes.
     */
    private static boolean isComplete(Path path, String file, List<Problem> problems) {
        try {
            for (int wait = 0; !hasEndRecord(path); wait += SETTLE_MILLIS) {
                if (wait >= SETTLE_LIMIT_MILLIS) {
                    problems.add(Problem.error(Position.of(file), "the workbook is incomplete, as if it were still being"
                            + " saved or its copy was cut short; save it again from Excel"));
                    return false;
                }
                Thread.sleep(SETTLE_MILLIS);
            }
            return true;
        } catch (IOException e) {
            return true; // reading it reports what is wrong
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Whether the zip's end-of-central-directory record (PK 5 6) is within the last 64 KiB, where a whole zip has it. */
    private static boolean hasEndRecord(Path path) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(path)) {
            int tail = (int) Math.min(channel.size(), END_RECORD + 65_535);
            ByteBuffer bytes = ByteBuffer.allocate(tail);
            channel.position(channel.size() - tail);
            while (bytes.hasRemaining() && channel.read(bytes) > 0) {
                // read the whole tail
            }
            byte[] b = bytes.array();
            for (int i = bytes.position() - END_RECORD; i >= 0; i--) {
                if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean isEncrypted(Path path) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptedPackage");
        }
    }

    private static boolean date1904(XSSFReader reader) throws Exception {
        try (InputStream workbook = reader.getWorkbookData()) {
            String xml = new String(workbook.readAllBytes(), StandardCharsets.UTF_8);
            return xml.matches("(?s).*date1904=\"(1|true)\".*");
        }
    }

    private static String unreadable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return "the workbook unpacks to far more than its size, as a zip bomb does, so reading it was stopped;"
                        + " open it in Excel and save it again as .xlsx, or export the sheet as CSV";
            }
        }
        return "cannot read the workbook (" + e.getMessage() + "); open it in Excel and save it again as .xlsx";
    }

    /** Rows above {@code header_row} (titles) are left out; so are blank rows, as a CSV's blank lines are. */
    private static Optional<Sheet> fromHeader(String name, List<CsvRows.RawRow> rows, OptionalInt headerRow, String file,
                                              List<Problem> problems) {
        List<CsvRows.RawRow> kept = rows.stream().filter(r -> headerRow.isEmpty() || r.line() >= headerRow.getAsInt()).toList();
        if (headerRow.isPresent() && (kept.isEmpty() || kept.get(0).line() != headerRow.getAsInt())) {
            problems.add(Problem.error(new Position(file, headerRow.getAsInt(), 0, name), "header_row: " + headerRow.getAsInt()
                    + " is blank in sheet '" + name + "'; set header_row to the row holding the column names"));
            return Optional.empty();
        }
        if (kept.isEmpty()) {
            problems.add(Problem.error(new Position(file, 0, 0, name), "the sheet is empty; it needs a header row and data rows"));
            return Optional.empty();
        }
        return Optional.of(new Sheet(name, fitted(kept, name, file, problems)));
    }

    /** Every row as wide as the header: empty cells at the end filled in, a value beyond the last named column reported. */
    private static List<CsvRows.RawRow> fitted(List<CsvRows.RawRow> rows, String name, String file, List<Problem> problems) {
        int width = rows.get(0).cells().size();
        List<CsvRows.RawRow> fitted = new ArrayList<>(rows.size());
        for (CsvRows.RawRow row : rows) {
            List<String> cells = new ArrayList<>(row.cells());
            for (int c = width; c < cells.size(); c++) {
                if (!cells.get(c).isBlank()) {
                    problems.add(Problem.error(new Position(file, row.line(), c + 1, name), "this cell is right of the last"
                            + " named column; name its column in the header row " + rows.get(0).line() + " or clear it"));
                    break;
                }
            }
            while (cells.size() < width) {
                cells.add("");
            }
            fitted.add(new CsvRows.RawRow(row.line(), List.copyOf(cells.subList(0, width))));
        }
        return fitted;
    }
}
