package org.tessera.check;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.model.Edition;
import org.tessera.model.HeadingIds;
import org.tessera.model.Page;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.Programme;
import org.tessera.model.SitePaths;
import org.tessera.model.Story;
import org.tessera.util.Suggest;

/**
 * Links in stories lead somewhere the edition publishes: a relative link from the page the text is published on, a
 * root-relative one ("/donors/") from the site's root; a #anchor on a programme or page it has (a warning, since heading
 * ids change with the text). Addresses elsewhere are left alone.
 */
final class LinkChecks {


    private LinkChecks() {
    }

    /**
     * The anchors of each story page ("programmes/tajikistan/" → its heading ids, indicator codes and the ids its
     * template gives), for the warning about a link to a missing #anchor.
     */
    static Map<String, Set<String>> anchors(Edition edition) {
        Map<String, Set<String>> anchors = new HashMap<>();
        for (Programme p : edition.programmes()) {
            Set<String> ids = new HashSet<>(HeadingIds.TEMPLATE);
            edition.indicatorsOf(p.id()).forEach(i -> ids.add(i.code()));
            p.story().ifPresent(s -> ids.addAll(s.headingIds()));
            anchors.put(SitePaths.programme(p.id()), ids);
        }
        for (Page page : edition.pages()) {
            Set<String> ids = new HashSet<>(HeadingIds.TEMPLATE);
            ids.addAll(page.story().headingIds());
            anchors.put(SitePaths.page(page.slug()), ids);
        }
        return anchors;
    }

    static List<Problem> check(Story story, Set<String> published, Map<String, Set<String>> anchors) {
        Optional<String> page = SitePaths.story(story.file());
        if (page.isEmpty()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        for (Node node : story.document().getDescendants()) {
            if (node instanceof Link link) {
                // As the browser reads it: entities and backslash escapes undone, percent-encoding decoded.
                String url = com.vladsch.flexmark.util.sequence.Escaping.unescapeString(link.getUrl().toString()).strip();
                Optional<String> target = url.startsWith("#") ? page : SitePaths.resolve(page.get(), url);
                if (target.isPresent() && !leadsTo(target.get(), published)) {
                    problems.add(broken(story, link, url, target.get(), page.get(), published));
                } else if (target.isPresent() && url.contains("#")) {
                    missingAnchor(story, link, url, target.get(), anchors).ifPresent(problems::add);
                }
            }
        }
        return problems;
    }

    /** A warning for a #anchor the page it leads to does not have (pages whose anchors are not known are not checked). */
    private static Optional<Problem> missingAnchor(Story story, Link link, String url, String target, Map<String, Set<String>> anchors) {
        String anchor = java.net.URLDecoder.decode(url.substring(url.indexOf('#') + 1), java.nio.charset.StandardCharsets.UTF_8);
        Set<String> ids = anchors.get(target.endsWith("/") ? target : target + "/");
        if (ids == null || anchor.isEmpty() || ids.contains(anchor) || HeadingIds.GENERATED.matcher(anchor).matches()) {
            return Optional.empty();
        }
        return Optional.of(Problem.warning(position(story, link), "the link \"" + url + "\" leads to #" + anchor + ", which /" + target
                + " does not have" + Suggest.closest(anchor, ids).map(a -> " (did you mean #" + a + "?)").orElse("")
                + "; a heading's anchor is its text in lower case with '-' for spaces, and changes when the heading does"));
    }

    /** "donors" leads to donors/ as web servers redirect it; "donors/index.html" is the page itself. */
    private static boolean leadsTo(String target, Set<String> published) {
        String folder = SitePaths.address(target);
        String decoded = java.net.URLDecoder.decode(folder.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        return published.contains(decoded) || published.contains(decoded + "/");
    }

    private static Problem broken(Story story, Link link, String url, String target, String page, Set<String> published) {
        Position at = position(story, link);
        String suggestion = meant(target, published).map(p -> " (did you mean " + relative(page, p, url) + "?)").orElse("");
        return Problem.error(at, "the link \"" + url + "\" leads to /" + target + ", which this edition does not publish"
                + suggestion + "; links are relative to the page the text is published on (/" + page + "), or start with / for the site's root");
    }

    private static Position position(Story story, Link link) {
        return new Position(story.file(), story.bodyLine() + link.getStartLineNumber() + 1,
                link.getStartOffset() - link.getDocument().getChars().startOfLine(link.getStartOffset()) + 1);
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
        if (target.startsWith(SitePaths.ASSETS)) {
            return target;
        }
        String up = "../".repeat((int) page.chars().filter(c -> c == '/').count());
        return up + target;
    }
}
