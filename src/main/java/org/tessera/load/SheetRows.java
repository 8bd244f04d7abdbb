package org.tessera.load;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns one sheet's XML, streamed, into the rows a CSV file would give: each cell as the text that writes its value
 * in a CSV (a number plainly, a percent-formatted 0.94 as {@code 94%}, a date as {@code 2024-03-31}), rows that are
 * blank left out. Only values are read: a formula counts by the result Excel saved with it.
 */
final class SheetRows extends DefaultHandler {

    /** Excel shows 15 significant digits; the 17 it stores would turn 0.1 + 0.2 into 0.30000000000000004. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private enum Kind { NUMBER, PERCENT, DATE }

    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final String file;
    private final String sheet;
    private final List<Problem> problems;
    private final Map<Integer, Kind> kinds = new HashMap<>();
    private final List<CsvRows.RawRow> rows = new ArrayList<>();

    private int rowNumber;
    private List<String> cells;
    private int column;
    private String type;
    private int style;
    private boolean formula;
    private boolean hasValue;
    private boolean inValue;
    private final StringBuilder value = new StringBuilder();

    SheetRows(SharedStrings strings, StylesTable styles, boolean date1904, String file, String sheet, List<Problem> problems) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.file = file;
        this.sheet = sheet;
        this.problems = problems;
    }

    List<CsvRows.RawRow> rows() {
        return rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                cells = new ArrayList<>();
            }
            case "c" -> startCell(attributes);
            case "f" -> formula = true;
            case "v", "t" -> {
                inValue = true;
                hasValue = true;
            }
            default -> {
            }
        }
    }

    private void startCell(Attributes attributes) {
        String ref = attributes.getValue("r");
        column = ref != null ? columnOf(ref) : cells.size() + 1;
        type = attributes.getValue("t") != null ? attributes.getValue("t") : "n";
        String s = attributes.getValue("s");
        style = s != null ? Integer.parseInt(s) : 0;
        formula = false;
        hasValue = false;
        value.setLength(0);
    }

    /** D14 is column 4. */
    private static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return column;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "c" -> endCell();
            case "row" -> {
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    rows.add(new CsvRows.RawRow(rowNumber, List.copyOf(cells)));
                }
            }
            default -> {
            }
        }
    }

    private void endCell() {
        Position at = new Position(file, rowNumber, column, sheet);
        String text = "";
        if (formula && !hasValue) {
            problems.add(Problem.error(at, "this formula has no saved result; open the workbook in Excel (or LibreOffice),"
                    + " let it calculate and save it again, or replace the formula by its value"));
        } else if (type.equals("e")) {
            problems.add(Problem.error(at, "the cell shows the error " + value + "; correct it in the workbook"));
        } else if (hasValue) {
            text = text(value.toString(), at);
        }
        if (!text.isEmpty()) {
            while (cells.size() < column) {
                cells.add("");
            }
            cells.set(column - 1, text);
        }
    }

    private String text(String raw, Position at) {
        return switch (type) {
            case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            case "b" -> raw.strip().equals("1") ? "TRUE" : "FALSE";
            case "inlineStr", "str" -> raw;
            default -> number(raw.strip(), at);
        };
    }

    private String number(String raw, Position at) {
        BigDecimal number;
        try {
            number = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            problems.add(Problem.error(at, "the cell holds \"" + raw + "\", which is not a number; type it again in Excel"));
            return "";
        }
        return switch (kinds.computeIfAbsent(style, this::kindOf)) {
            case DATE -> DateUtil.getLocalDateTime(number.doubleValue(), date1904).toLocalDate().toString();
            case PERCENT -> plain(number.movePointRight(2)) + "%";
            case NUMBER -> plain(number);
        };
    }

    private static String plain(BigDecimal number) {
        return number.round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }

    private Kind kindOf(int styleIndex) {
        if (styles == null || styleIndex >= styles.getNumCellStyles()) {
            return Kind.NUMBER;
        }
        XSSFCellStyle cellStyle = styles.getStyleAt(styleIndex);
        String format = cellStyle.getDataFormatString();
        if (DateUtil.isADateFormat(cellStyle.getDataFormat(), format)) {
            return Kind.DATE;
        }
        return format != null && format.replaceAll("\"[^\"]*\"", "").contains("%") ? Kind.PERCENT : Kind.NUMBER;
    }
}
