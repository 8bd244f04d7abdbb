package org.tessera.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;
import org.tessera.model.EditionInfo;
import org.tessera.model.Programme;
import org.tessera.model.WrittenDate;

/**
 * Formats numbers, money and dates for the edition's language: en 2,263 and 94%; fr 2 263 et 94 %; ar 2,263 (Latin
 * digits unless the tag asks for others: ar-u-nu-arab ٢٬٢٦٣).
 */
public final class Formats {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb");

    private final Locale locale;
    private final Messages messages;

    public Formats(String languageTag, Messages messages) {
        this.locale = org.tessera.util.Locales.of(languageTag);
        this.messages = messages;
    }

    // NumberFormat is costly to make and not thread-safe, and pages render on several threads: one per thread.
    private final ThreadLocal<NumberFormat> upToTwoDecimals = ThreadLocal.withInitial(() -> numberFormat(2));
    private final ThreadLocal<NumberFormat> compactLong = ThreadLocal.withInitial(this::newCompactLong);
    private final ThreadLocal<NumberFormat> percentFormat = ThreadLocal.withInitial(this::newPercentFormat);

    private NumberFormat newPercentFormat() {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format;
    }

    private NumberFormat newCompactLong() {
        NumberFormat format = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.LONG);
        format.setMaximumFractionDigits(2); // Compact rounds first: never more than two decimals are left
        return format;
    }

    private NumberFormat numberFormat(int maximumFractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(maximumFractionDigits);
        return format;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isRightToLeft() {
        return isRightToLeft(locale);
    }

    /** Whether text in {@code locale} runs right to left (Arabic, Hebrew, Persian…). */
    public static boolean isRightToLeft(Locale locale) {
        return RIGHT_TO_LEFT.contains(locale.getLanguage());
    }

    /** A plain number with the language's grouping, up to two decimals: 2,263 or 2 263. */
    public String number(BigDecimal value) {
        return upToTwoDecimals.get().format(value);
    }

    /** A percentage given as 0–100: 94% or 94 %. */
    public String percent(BigDecimal value) {
        return percentFormat.get().format(value.movePointLeft(2));
    }

    /** A full amount with its currency: USD 2,200,000. */
    public String money(BigDecimal amount, String currency) {
        return messages.format("money.full", currency, amount(amount));
    }

    /** An amount in whole units without its currency, where a header or caption names it once: 2,200,000. */
    public String amount(BigDecimal amount) {
        return number(amount.setScale(0, RoundingMode.HALF_UP));
    }

    /** A short amount for headlines and tiles: USD 2.2 million, USD 1.95 billion, USD 850,000 (below a million: in full). */
    public String compactMoney(BigDecimal amount, String currency) {
        if (amount.abs().compareTo(MILLION) < 0) {
            return money(amount, currency);
        }
        Compact c = Compact.of(amount);
        return messages.format(c.power() == 9 ? "money.billion" : "money.million", currency, number(c.scaled()));
    }

    /**
     * A short number for chart axes and labels: 20M, 850K, 1.95B (en); 20 M, 850 k (fr). The words come from the
     * messages (number.thousand …): Java's CompactNumberFormat is about ten times slower, and a chart asks for dozens
     * of labels. Below 10,000 a number is shown in full.
     */
    public String compactNumber(BigDecimal value) {
        if (value.abs().compareTo(BigDecimal.valueOf(10_000)) < 0) {
            return number(value);
        }
        Compact c = Compact.of(value);
        String key = c.power() == 9 ? "number.billion" : c.power() == 6 ? "number.million" : "number.thousand";
        return messages.format(key, number(c.scaled()));
    }

    /**
     * A figure in words, as a tile writes it with {@code format: compact}: 207.6 million, 1.95 billion; in the
     * edition's language as the JDK's CompactNumberFormat (LONG) writes it (fr: 207,6 millions). Below a million a
     * figure is shown in full: "250 thousand" is not how publications write.
     */
    public String compactWords(BigDecimal value) {
        if (value.abs().compareTo(MILLION) < 0) {
            return number(value);
        }
        Compact c = Compact.of(value);
        return compactLong.get().format(c.scaled().movePointRight(c.power()).doubleValue());
    }

    /**
     * The one rounding rule of every compact figure (charts, tiles, headlines): the figure in thousands, millions
     * or billions, with at least three significant digits and at least one decimal, trailing zeros dropped:
     * 207,625,000 is 207.6 million, 1,950,000,000 is 1.95 billion, 19,569,912 is 19.6 million, 150,000,000 is
     * 150 million. A figure that rounds up to 1,000 of its unit moves to the next one (999,960,000 is 1 billion).
     */
    record Compact(int power, BigDecimal scaled) {

        static Compact of(BigDecimal value) {
            BigDecimal abs = value.abs();
            int power = abs.compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0 ? 9 : abs.compareTo(MILLION) >= 0 ? 6 : 3;
            Compact c = round(value, power);
            return c.scaled().abs().compareTo(BigDecimal.valueOf(1000)) >= 0 && power < 9 ? round(value, power + 3) : c;
        }

        private static Compact round(BigDecimal value, int power) {
            BigDecimal scaled = value.movePointLeft(power);
            int wholeDigits = Math.max(1, scaled.precision() - scaled.scale());
            BigDecimal rounded = scaled.setScale(Math.max(1, 3 - wholeDigits), RoundingMode.HALF_UP).stripTrailingZeros();
            return new Compact(power, rounded.scale() < 0 ? rounded.setScale(0) : rounded);
        }
    }

    /** A source's as-of date as written in a dataset's .yml: 2024-01 → January 2024, 2024-01-31 → 31 January 2024. */
    public String asOf(String written) {
        // Checked at load time; show what was written rather than fail a page.
        return WrittenDate.parse(written).map(this::date).orElse(written.strip());
    }

    /** A date at the precision written: 2016, March 2016, 15 March 2016. */
    public String date(WrittenDate date) {
        return switch (date.precision()) {
            case YEAR -> Integer.toString(date.year());
            case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(java.time.YearMonth.of(date.year(), date.month()));
            case DAY -> date(date.first());
        };
    }

    /** The edition's date: "September 2023", or "12 September 2023" when a day is given. */
    public String editionDate(EditionInfo edition) {
        if (edition.hasDay()) {
            return date(edition.date());
        }
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(edition.date());
    }

    /** A full date; English follows UN usage (28 October 2020) rather than the US order. */
    public String date(LocalDate date) {
        if (locale.getLanguage().equals("en") && locale.getCountry().isEmpty()) {
            return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** A country code as the reader's language names it (TJ → Tajikistan); region names as written. */
    public String country(String code) {
        if (Programme.isCountryCode(code)) {
            String name = new Locale("", code).getDisplayCountry(locale);
            return name.isEmpty() || name.equals(code) ? code : name;
        }
        return code;
    }
}
