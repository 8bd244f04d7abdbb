package org.tessera.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as its author wrote it: a year ({@code 2016}), a month ({@code 2016-03}) or a day
 * ({@code 2016-03-15}). It is printed at that precision and never invented to a day; compared, a start means its
 * first day and an end its last.
 *
 * @param month 1–12, or 0 when only a year is written
 * @param day   1–31, or 0 when no day is written
 */
public record WrittenDate(int year, int month, int day) {

    /** The forms accepted, for messages. */
    public static final String FORMS = "2016, 2016-03 or 2016-03-15";

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public enum Precision { YEAR, MONTH, DAY }

    /** The date written as {@code text}, if it is one of the accepted forms and a real date. */
    public static Optional<WrittenDate> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            if (m.group(3) != null) {
                LocalDate date = LocalDate.parse(m.group());
                return Optional.of(new WrittenDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
            }
            if (m.group(2) != null) {
                YearMonth month = YearMonth.parse(m.group());
                return Optional.of(new WrittenDate(month.getYear(), month.getMonthValue(), 0));
            }
            return Optional.of(new WrittenDate(Integer.parseInt(m.group(1)), 0, 0));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public Precision precision() {
        return day > 0 ? Precision.DAY : month > 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day the date covers: 2016 → 2016-01-01. */
    public LocalDate first() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day the date covers: 2016 → 2016-12-31, 2016-02 → 2016-02-29. */
    public LocalDate last() {
        if (day > 0) {
            return first();
        }
        return month > 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
    }

    /** As written: 2016, 2016-03, 2016-03-15. */
    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> first().toString();
        };
    }
}
