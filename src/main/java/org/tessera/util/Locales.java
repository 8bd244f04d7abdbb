package org.tessera.util;

import java.util.Locale;

/** The locale a language tag of an edition stands for when numbers are written and read. */
public final class Locales {

    private Locales() {
    }

    /**
     * The tag's locale, with Latin digits unless the tag names another numbering system: publications in Arabic
     * mostly print 2,263, yet the JDK's {@code ar} writes ٢٬٢٦٣; {@code ar-u-nu-arab} asks for those.
     */
    public static Locale of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        if (locale.getUnicodeLocaleType("nu") != null) {
            return locale;
        }
        return new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
    }
}
