package org.tessera.check;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.SitePaths;
import org.tessera.model.Story;
import org.tessera.util.Suggest;

/**
 * Links in stories lead somewhere the edition publishes: a relative link from the page the text is published on, a
 * root-relative one ("/donors/") from the site's root. Addresses elsewhere are left alone, and so are #anchors (heading
 * ids vary with the text).
 */
final class LinkChecks {

    private LinkChecks() {
    }

    static List<Problem> check(Story story, Set<String> published) {
        Optional<String> page = SitePaths.story(story.file());
        if (page.isEmpty()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        for (Node node : story.document().getDescendants()) {
            if (node instanceof Link link) {
                // As the browser reads it: entities and backslash escapes undone, percent-encoding decoded.
                String url = com.vladsch.flexmark.util.sequence.Escaping.unescapeString(link.getUrl().toString()).strip();
                SitePaths.resolve(page.get(), url).filter(target -> !leadsTo(target, published))
                        .ifPresent(target -> problems.add(broken(story, link, url, target, page.get(), published)));
            }
        }
        return problems;
    }

    /** "donors" leads to donors/ as web servers redirect it; "donors/index.html" is the page itself. */
    private static boolean leadsTo(String target, Set<String> published) {
        String folder = target.endsWith("/index.html") ? target.substring(0, target.length() - "index.html".length())
                : target.equals("index.html") ? "" : target;
        String decoded = java.net.URLDecoder.decode(folder.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        return published.contains(decoded) || published.contains(decoded + "/");
    }

    private static Problem broken(Story story, Link link, String url, String target, String page, Set<String> published) {
        Position at = new Position(story.file(), story.bodyLine() + link.getStartLineNumber() + 1,
                link.getStartOffset() - link.getDocument().getChars().startOfLine(link.getStartOffset()) + 1);
        String suggestion = meant(target, published).map(p -> " (did you mean " + relative(page, p, url) + "?)").orElse("");
        return Problem.error(at, "the link \"" + url + "\" leads to /" + target + ", which this edition does not publish"
                + suggestion + "; links are relative to the page the text is published on (/" + page + "), or start with / for the site's root");
    }

    /** The published path the author most likely meant: the whole path misspelt, or the right name from the wrong place. */
    private static Optional<String> meant(String target, Set<String> published) {
        return Suggest.closest(target, published).or(() -> {
            java.util.Map<String, String> byName = new java.util.LinkedHashMap<>();
            published.forEach(p -> byName.putIfAbsent(name(p), p));
            return Suggest.closest(name(target), byName.keySet()).map(byName::get);
        });
    }

    /** The last part of a path: "funding-overview" of "programmes/funding-overview/". */
    private static String name(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** The suggestion written the way the author wrote the link: from the root, or from the page. */
    private static String relative(String page, String target, String url) {
        if (url.startsWith("/")) {
            return "/" + target;
        }
        if (target.startsWith("assets/")) {
            return target;
        }
        String up = "../".repeat((int) page.chars().filter(c -> c == '/').count());
        return up + target;
    }
}
