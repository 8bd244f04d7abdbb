package org.tessera.model;

import java.time.LocalDate;

/** The edition label and date of a publication ({@code edition:} in site.yml). */
public record EditionInfo(String label, LocalDate date, boolean hasDay) {
}
