package org.tessera.render.component;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tessera.model.Cell;
import org.tessera.model.Column;
import org.tessera.model.ColumnType;
import org.tessera.render.Formats;
import org.tessera.render.Messages;

/** A dataset cell as readers see it: numbers in the edition's language, money with its currency. */
public final class CellText {

    /** What an empty numeric cell shows. */
    public static final String EMPTY = "–";

    private CellText() {
    }

    public static String format(Column column, Cell cell, Formats formats) {
        if (column.type().isNumeric()) {
            return cell.number().map(n -> number(column, n, formats)).orElse(EMPTY);
        }
        if (column.type() == ColumnType.DATE && cell.text().strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return formats.date(LocalDate.parse(cell.text().strip()));
            } catch (java.time.format.DateTimeParseException e) {
                return cell.text();
            }
        }
        return cell.text();
    }

    /** A number of a column: 2,263; 94%; USD 2,200,000. */
    public static String number(Column column, BigDecimal value, Formats formats) {
        return switch (column.type()) {
            case PERCENT -> formats.percent(value);
            case MONEY -> column.currency().isEmpty() ? formats.number(value) : formats.money(value, column.currency());
            default -> formats.number(value);
        };
    }

    /** An amount with its currency (USD 2,200,000), or bare (2,200,000) where a header names the currency. */
    public static String money(BigDecimal value, String currency, Formats formats) {
        return currency.isEmpty() ? formats.amount(value) : formats.money(value, currency);
    }

    /** A column header that names the one currency of its figures, which are then bare: "Contribution (USD)". */
    public static String headed(String label, String currency, Messages messages) {
        return messages.format("table.column_currency", label, currency);
    }

    /** A short number for chart labels: 19.6M, 94%, 450. */
    public static String compact(Column column, BigDecimal value, Formats formats) {
        return column.type() == ColumnType.PERCENT ? formats.percent(value) : formats.compactNumber(value);
    }
}
