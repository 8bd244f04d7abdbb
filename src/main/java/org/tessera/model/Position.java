package org.tessera.model;

/**
 * Where something was written: a file relative to the edition folder, a 1-based line and column (0 when unknown).
 * In a workbook the line is the sheet's row number and {@code sheet} names the sheet ("" in any other file), so the
 * position reads as Excel writes a cell: {@code content/data/indicators.xlsx: Results!D14}.
 */
public record Position(String file, int line, int column, String sheet) {

    public Position(String file, int line, int column) {
        this(file, line, column, "");
    }

    public static Position of(String file) {
        return new Position(file, 0, 0);
    }

    /** The cell as Excel names it ({@code D14}, or {@code 14:14} for a whole row); empty outside a workbook. */
    public String cell() {
        if (sheet.isEmpty() || line <= 0) {
            return "";
        }
        return column > 0 ? columnLetters(column) + line : line + ":" + line;
    }

    /** 1 is A, 26 is Z, 27 is AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    @Override
    public String toString() {
        if (!sheet.isEmpty()) {
            String quoted = sheet.matches("[A-Za-z0-9_.]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
            return line <= 0 ? file + ": " + quoted : file + ": " + quoted + "!" + cell();
        }
        if (line <= 0) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
