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
import org.tessera.model.WrittenDate;

/** Formats numbers, money and dates for the edition's language: en 2,263 and 94%; fr 2 263 et 94 %. */
public final class Formats {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb");

    private final Locale locale;
    private final Messages messages;

    public Formats(String languageTag, Messages messages) {
        this.locale = Locale.forLanguageTag(languageTag);
        this.messages = messages;
    }

    // NumberFormat is costly to make and not thread-safe, and pages render on several threads: one per thread.
    private final ThreadLocal<NumberFormat> upToTwoDecimals = ThreadLocal.withInitial(() -> numberFormat(2));
    private final ThreadLocal<NumberFormat> upToOneDecimal = ThreadLocal.withInitial(() -> numberFormat(1));
    private final ThreadLocal<NumberFormat> percentFormat = ThreadLocal.withInitial(this::newPercentFormat);

    private NumberFormat newPercentFormat() {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
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
        return messages.format("money.full", currency, number(amount.setScale(0, RoundingMode.HALF_UP)));
    }

    /** A short amount for tiles: USD 2.2 million, USD 150 million, USD 850,000. */
    public String compactMoney(BigDecimal amount, String currency) {
        BigDecimal abs = amount.abs();
        String key;
        BigDecimal scaled;
        if (abs.compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0) {
            key = "money.billion";
            scaled = amount.movePointLeft(9);
        } else if (abs.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            key = "money.million";
            scaled = amount.movePointLeft(6);
        } else {
            return money(amount, currency);
        }
        return messages.format(key, currency, upToOneDecimal.get().format(scaled.setScale(1, RoundingMode.HALF_UP)));
    }

    /**
     * A short number for chart axes and labels: 20M, 850K (en); 20 M, 850 k (fr). The words come from the
     * messages (number.thousand …): Java's CompactNumberFormat is about ten times slower, and a chart asks
     * for dozens of labels.
     */
    public String compactNumber(BigDecimal value) {
        BigDecimal abs = value.abs();
        if (abs.compareTo(BigDecimal.valueOf(10_000)) < 0) {
            return number(value);
        }
        int power = abs.compareTo(BigDecimal.valueOf(999_950_000)) >= 0 ? 9 : abs.compareTo(BigDecimal.valueOf(999_950)) >= 0 ? 6 : 3;
        String key = power == 9 ? "number.billion" : power == 6 ? "number.million" : "number.thousand";
        return messages.format(key, upToOneDecimal.get().format(value.movePointLeft(power).setScale(1, RoundingMode.HALF_UP)));
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
        if (code.matches("[A-Z]{2}")) {
            String name = new Locale("", code).getDisplayCountry(locale);
            return name.isEmpty() || name.equals(code) ? code : name;
        }
        return code;
    }
}
