package org.tessera.browser;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a tour of the site found, by kind, each naming the page and the screen width where it was seen. */
final class Findings {

    enum Kind {
        CONSOLE_ERROR, FAILED_REQUEST, OTHER_HOST, BROKEN_LINK, AXE, ACCESSIBILITY, KEYBOARD, PHONE, IMAGES, SCRIPT,
        STYLESHEET_SIZE, OVERFLOW
    }

    /** One problem on one page; {@code width} is "390px", "1280px" (tiles also "320px", "1920px") or "" when it does not depend on the screen. */
    record Finding(String page, String width, String problem) {
        @Override
        public String toString() {
            return page + (width.isEmpty() ? "" : " at " + width) + ": " + problem;
        }
    }

    private final Map<Kind, List<Finding>> byKind = new EnumMap<>(Kind.class);

    synchronized void add(Kind kind, String page, String width, String problem) {
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Finding(page, width, problem));
    }

    synchronized List<Finding> of(Kind kind) {
        return List.copyOf(byKind.getOrDefault(kind, List.of()));
    }

    /** A failure message: how many problems, then one line each, so the report reads page by page. */
    String report(Kind kind, String what) {
        return report(of(kind), what);
    }

    static String report(List<Finding> found, String what) {
        return found.size() + " " + what + ":\n  " + found.stream().map(Finding::toString).distinct()
                .collect(Collectors.joining("\n  ")) + "\n";
    }
}
