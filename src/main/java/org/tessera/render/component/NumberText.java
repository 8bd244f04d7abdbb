package org.tessera.render.component;

import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.function.Function;

/** Lets JFreeChart print axis ticks and value labels with Tessera's own formats (compact money, 94 %). */
final class NumberText extends NumberFormat {

    private static final long serialVersionUID = 1L;
    private final transient Function<BigDecimal, String> format;

    NumberText(Function<BigDecimal, String> format) {
        this.format = format;
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        return to.append(format.apply(BigDecimal.valueOf(number).stripTrailingZeros()));
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
        return to.append(format.apply(BigDecimal.valueOf(number)));
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("chart labels are only printed");
    }
}
