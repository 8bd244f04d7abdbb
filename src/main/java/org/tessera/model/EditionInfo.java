package org.tessera.model;

import java.time.LocalDate;

/**
 * The edition label and date of a publication ({@code edition:} in site.yml).
 *
 * @param slug the edition's name in addresses (editions/&lt;slug&gt;/): {@code edition.slug}, else the date's YYYY-MM
 */
public record EditionInfo(String label, LocalDate date, boolean hasDay, String slug) {

    /** An edition named by its date's YYYY-MM. */
    public EditionInfo(String label, LocalDate date, boolean hasDay) {
        this(label, date, hasDay, slugOf(date));
    }

    /** The default slug of an edition dated {@code date}: "2023-09". */
    public static String slugOf(LocalDate date) {
        return String.format(java.util.Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
    }
}
