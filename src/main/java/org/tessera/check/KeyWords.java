package org.tessera.check;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that say what a figure counts, for comparing a label or a clause of prose with an indicator's
 * statement: lower-cased, letters only, at least three long, without function words and the boilerplate of
 * results frameworks ("number of", "disaggregated by sex"), and with a plural -s or -ies taken off.
 */
final class KeyWords {

    private static final Set<String> IGNORED = Set.of(
            "the", "and", "for", "with", "who", "whom", "that", "which", "were", "was", "have", "has", "had", "been",
            "their", "them", "they", "from", "into", "per", "are", "this", "these", "those", "its", "our", "all", "out",
            "over", "under", "than", "more", "less", "some", "about", "around", "almost", "nearly", "least", "also",
            "number", "percentage", "percent", "proportion", "share", "total", "disaggregated", "sex", "age", "gender",
            "including", "such", "other", "well", "through", "so", "far", "new", "via", "each", "both", "between",
            "within", "among", "across", "during", "while", "after", "before", "will", "not", "but", "yet");

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    private KeyWords() {
    }

    static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : NOT_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() >= 3 && !IGNORED.contains(word)) {
                words.add(stem(word));
            }
        }
        return words;
    }

    private static String stem(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** How many of {@code words} are also in {@code other}. */
    static int shared(Set<String> words, Set<String> other) {
        int n = 0;
        for (String w : words) {
            if (other.contains(w)) {
                n++;
            }
        }
        return n;
    }
}
