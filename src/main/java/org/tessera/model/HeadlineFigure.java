package org.tessera.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A figure the tool computes for a tile ({@code figure: budget}): the home page's headline figures. */
public enum HeadlineFigure {
    PROGRAMMES, COUNTRIES, BUDGET, RECEIVED, MOBILIZED, GENDER_SHARE;

    /** As an edition writes it: {@code gender_share}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(HeadlineFigure::word).toList();
    }
}
