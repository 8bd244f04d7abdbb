package org.tessera.check;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tessera.util.Locales;

/**
 * Reads the figures a text states in its language's number syntax, as the JDK formats that language: 2,263 and
 * 2.5 million in English; 2 263 and 2,5 millions in French; ٢٬٢٦٣ in Arabic. Numbers glued to letters, slashes or
 * another number by a hyphen (tj-3.1a, 1st, 2023/24, 2020-10-28, a link's path) are names, not figures; a
 * "360-degree" approach states 360.
 */
final class WrittenFigures {

    /** A figure as written and its value. */
    record Figure(BigDecimal value, String written, int offset) {
    }

    private final Locale locale;
    /**
     * A number in the language's syntax, not glued to a word: Arabic's one-letter prefixes ("و290", and 290) are the
     * exception, a Latin letter before a number makes a code (tj3, COVID19).
     */
    private final Pattern number;
    private final String groups;
    private final String decimals;
    /** Prototypes, cloned for each text: a NumberFormat is not thread-safe, and its making is slow. */
    private final DecimalFormat plain;
    private final NumberFormat words;
    /** The words the language writes after a figure in words (million, millions, milliard, مليون): parsing is slow. */
    private final Set<String> scales;

    private static final java.util.Map<String, WrittenFigures> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The reader of a language, made once. */
    static WrittenFigures of(String languageTag) {
        return BY_LANGUAGE.computeIfAbsent(languageTag, WrittenFigures::new);
    }

    private WrittenFigures(String languageTag) {
        this.locale = Locales.of(languageTag);
        // The digits the edition prints and the language's own (Arabic-Indic for ar): a translator may type either.
        DecimalFormatSymbols printed = DecimalFormatSymbols.getInstance(locale);
        DecimalFormatSymbols own = DecimalFormatSymbols.getInstance(Locale.forLanguageTag(locale.getLanguage()));
        Set<Character> group = new LinkedHashSet<>(List.of(printed.getGroupingSeparator(), own.getGroupingSeparator()));
        if (group.stream().anyMatch(Character::isSpaceChar)) {
            group.addAll(List.of(' ', '\u00a0', '\u202f')); // typed as any space, printed as a narrow one
        }
        this.groups = chars(group);
        this.decimals = chars(new LinkedHashSet<>(List.of(printed.getDecimalSeparator(), own.getDecimalSeparator())));
        this.number = Pattern.compile("(?<![\\p{IsLatin}\\p{IsCyrillic}\\p{IsGreek}\\p{Nd}\\-./^#_])\\p{Nd}+(?:[" + Pattern.quote(groups) + "]\\p{Nd}{3})*"
                + "(?:[" + Pattern.quote(decimals) + "]\\p{Nd}+)?(?![\\p{L}\\p{Nd}/_]|-\\p{Nd})");
        this.plain = plainFormat(locale);
        this.words = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.LONG);
        this.scales = scaleWords(words);
    }

    private static Set<String> scaleWords(NumberFormat words) {
        Set<String> out = new java.util.HashSet<>();
        for (long power = 1_000; power <= 1_000_000_000_000L; power *= 1000) {
            for (double n : new double[] {1, 2, 2.5, 3, 11, 100}) {
                for (String word : words.format(n * power).split("[\\s\\p{Nd}.,\u00a0\u202f\u066b\u066c]+")) {
                    if (!word.isEmpty()) {
                        out.add(word);
                    }
                }
            }
        }
        return Set.copyOf(out);
    }

    /** The word after a figure, if any: "millions" in "2,5 millions de". */
    private static String nextWord(String text, int from) {
        int start = from;
        while (start < text.length() && Character.isSpaceChar(text.charAt(start)) && start - from < 2) {
            start++;
        }
        int end = start;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK)) {
            end++;
        }
        return text.substring(start, end);
    }

    private static DecimalFormat plainFormat(Locale locale) {
        DecimalFormat plain = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        plain.setParseBigDecimal(true);
        plain.setGroupingUsed(false);
        return plain;
    }

    private static String chars(Set<Character> set) {
        StringBuilder out = new StringBuilder();
        set.forEach(out::append);
        return out.toString();
    }

    /** The figures of {@code text} in order; "2,5 millions" is 2,500,000. */
    List<Figure> in(String text) {
        DecimalFormat plain = (DecimalFormat) this.plain.clone();
        NumberFormat words = (NumberFormat) this.words.clone();
        List<Figure> figures = new ArrayList<>();
        Matcher m = number.matcher(text);
        while (m.find()) {
            Number value = plain.parse(normalised(m.group()), new ParsePosition(0));
            ParsePosition scaled = new ParsePosition(m.start());
            Number inWords = scales.contains(nextWord(text, m.end())) ? words.parse(text, scaled) : null;
            // Taken only where a word follows: the compact parser also swallows a comma after a number ("2023, dont").
            if (inWords != null && text.substring(m.end(), Math.max(m.end(), scaled.getIndex())).codePoints().anyMatch(Character::isLetter)) {
                figures.add(new Figure(new BigDecimal(inWords.toString()), text.substring(m.start(), scaled.getIndex()), m.start()));
            } else if (value != null) {
                figures.add(new Figure((BigDecimal) value, m.group(), m.start()));
            }
        }
        return figures;
    }

    /** Without its group separators, with the locale's decimal separator: what DecimalFormat reads whole. */
    private String normalised(String written) {
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        StringBuilder out = new StringBuilder();
        for (char c : written.toCharArray()) {
            if (decimals.indexOf(c) >= 0) {
                out.append(decimal);
            } else if (groups.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
