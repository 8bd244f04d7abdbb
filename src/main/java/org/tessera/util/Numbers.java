package org.tessera.util;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers as communications officers type them: {@code 2263}, {@code 2,263}, {@code 2 263},
 * {@code 94%}, {@code 1.5}, {@code -12}; {@code -} and empty mean no value.
 */
public final class Numbers {

    /**
     * A figure typed in prose: 2,263, 94.5, 70 % (groups: the digits, the decimals, the percent sign), not a part of a
     * word, code, date or range (tj-3.1a, 2020/21).
     */
    public static final java.util.regex.Pattern IN_PROSE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}.,/\\-])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?( ?%)?(?![\\p{L}\\p{N}\\-/]|[.,]\\d)");

    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}([, ]\\d{3})+(\\.\\d+)?");
    private static final Pattern LETTER_O = Pattern.compile(".*\\d.*[oO].*|.*[oO].*\\d.*");
    private static final Pattern LETTER_L = Pattern.compile(".*\\d.*[lI].*|.*[lI].*\\d.*");
    private static final Pattern DOTTED_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern CURRENCY = Pattern.compile(".*[$€£].*|.*(USD|EUR).*");

    private Numbers() {
    }

    /** Whether a cell means "no value". */
    public static boolean isEmpty(String text) {
        String t = text.strip();
        return t.isEmpty() || t.equals("-") || t.equals("–") || t.equals("—");
    }

    /** The number written in {@code text}, or empty when it is not one (or is an empty cell). */
    public static Optional<BigDecimal> parse(String text) {
        String t = text.strip().replace('\u00a0', ' ').replace('\u202f', ' ');
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (PLAIN.matcher(t).matches()) {
            return Optional.of(new BigDecimal(t));
        }
        if (GROUPED.matcher(t).matches()) {
            // The separator must be the same in every group: "2,263 5" is a typo, not a number.
            boolean comma = t.indexOf(',') >= 0;
            boolean space = t.indexOf(' ') >= 0;
            if (comma != space) {
                return Optional.of(new BigDecimal(t.replace(",", "").replace(" ", "")));
            }
        }
        return Optional.empty();
    }

    /** Whether a text that is not a number is one typed with a slip (a letter O for zero, dots for thousands, a currency). */
    public static boolean isMistypedNumber(String text) {
        return text.chars().anyMatch(c -> c >= '0' && c <= '9') && !hint(text).startsWith(";");
    }

    /** A hint for a common typing slip, to add after "is not a number". */
    public static String hint(String text) {
        if (LETTER_O.matcher(text).matches()) {
            return " (letter O instead of zero?)";
        }
        if (LETTER_L.matcher(text).matches()) {
            return " (letter l or I instead of one?)";
        }
        if (DOTTED_THOUSANDS.matcher(text).matches()) {
            return " (write thousands with a comma or a space and decimals with a point: 2,263.5)";
        }
        if (CURRENCY.matcher(text).matches()) {
            return " (leave the currency out of the cell; set it in the dataset's .yml)";
        }
        return "; write digits, e.g. 2263, 2,263 or 94%";
    }
}
