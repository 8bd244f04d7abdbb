package org.tessera.load;

import java.util.regex.Pattern;

/** The rule for ids, slugs and dataset names: lower-case a-z, 0-9 and '-'. */
final class Names {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Names() {
    }

    static boolean isValid(String name) {
        return VALID.matcher(name).matches();
    }

    static String explain(String what, String name) {
        String suggestion = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return what + " \"" + name + "\" may only use lower-case letters a-z, digits and '-'"
                + (suggestion.isEmpty() ? "" : " (e.g. \"" + suggestion + "\")");
    }
}
