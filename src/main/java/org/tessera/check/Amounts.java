package org.tessera.check;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Writes the numbers in problem messages the same way whatever the edition's language: 2,200,000. */
final class Amounts {

    private Amounts() {
    }

    static String show(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    /** "stated 2,200,000, computed 2,150,000 (difference 50,000)". */
    static String compare(BigDecimal stated, BigDecimal computed) {
        return "stated " + show(stated) + ", computed " + show(computed) + " (difference " + show(stated.subtract(computed).abs()) + ")";
    }
}
