package org.tessera.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tessera.render.Html;

/**
 * The changes between two editions as HTML for a reader: a section per kind of change (programmes, indicators, donors,
 * datasets, figures in stories), each a table with a caption and header cells, restated figures marked as restated.
 * The site's "What changed" page holds these sections; {@code tessera diff --format html} wraps them in a page.
 */
public final class ChangesHtml {

    private static final List<String> SECTIONS = List.of("programme", "indicator", "donor", "dataset", "figure");
    private static final String RESTATED = "restated ";

    private ChangesHtml() {
    }

    /** The sections; {@code words} gives the interface words (changes.*); {@code places} adds the file:line of each side. */
    public static String sections(List<EditionDiff.Change> changes, Function<String, String> words, boolean places) {
        if (changes.isEmpty()) {
            return "<p>" + Html.escape(words.apply("changes.none")) + "</p>\n";
        }
        Map<String, StringBuilder> bySection = new LinkedHashMap<>();
        SECTIONS.forEach(s -> bySection.put(s, new StringBuilder()));
        for (EditionDiff.Change c : changes) {
            bySection.computeIfAbsent(c.section(), s -> new StringBuilder()).append(row(c, words, places));
        }
        StringBuilder html = new StringBuilder();
        bySection.forEach((section, rows) -> {
            if (rows.length() > 0) {
                String title = Html.escape(words.apply("changes.section." + section));
                html.append("<section class=\"changes\" aria-labelledby=\"changes-").append(section).append("\">\n<h2 id=\"changes-")
                        .append(section).append("\">").append(title).append("</h2>\n<div class=\"table-scroll\">\n<table class=\"data\">\n<caption>")
                        .append(title).append("</caption>\n<thead><tr>").append(header(words, places)).append("</tr></thead>\n<tbody>\n")
                        .append(rows).append("</tbody>\n</table>\n</div>\n</section>\n");
            }
        });
        return html.toString();
    }

    private static String header(Function<String, String> words, boolean places) {
        StringBuilder th = new StringBuilder();
        for (String key : places ? List.of("subject", "what", "before", "after", "where") : List.of("subject", "what", "before", "after")) {
            th.append("<th scope=\"col\">").append(Html.escape(words.apply("changes." + key))).append("</th>");
        }
        return th.toString();
    }

    private static String row(EditionDiff.Change c, Function<String, String> words, boolean places) {
        String what = c.what().startsWith(RESTATED)
                ? "<strong class=\"restated\">" + Html.escape(words.apply("changes.restated")) + "</strong> "
                + Html.escape(c.what().substring(RESTATED.length()))
                : Html.escape(c.what());
        StringBuilder tr = new StringBuilder("<tr><th scope=\"row\">").append(Html.escape(c.subject())).append("</th><td>")
                .append(what).append("</td><td>").append(Html.escape(c.before())).append("</td><td>").append(Html.escape(c.after()))
                .append("</td>");
        if (places) {
            tr.append("<td>").append(Html.escape(c.places())).append("</td>");
        }
        return tr.append("</tr>\n").toString();
    }

    /** A page of its own for {@code tessera diff --format html}: language, title, heading and the sections. */
    public static String page(List<EditionDiff.Change> changes, String title, Function<String, String> words) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + Html.escape(title) + "</title>\n"
                + "<style>body{font-family:sans-serif;line-height:1.5;margin:0 auto;max-width:70rem;padding:1rem;color:#1b1b1b}"
                + "table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:bold}th,td{border-bottom:1px solid #bbb;"
                + "padding:.3em .6em;text-align:left;vertical-align:top}.restated{color:#8a1538}.table-scroll{overflow-x:auto}</style>\n"
                + "</head>\n<body>\n<main>\n<h1>" + Html.escape(title) + "</h1>\n<p>" + changes.size() + (changes.size() == 1 ? " change." : " changes.")
                + "</p>\n" + sections(changes, words, true) + "</main>\n</body>\n</html>\n";
    }
}
