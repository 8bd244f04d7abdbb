package org.tessera.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tessera.model.ArchivedEdition;
import org.tessera.model.Edition;
import org.tessera.model.SitePaths;
import org.tessera.model.SitePlan;

/**
 * The files of an archived edition as this edition publishes them under editions/&lt;slug&gt;/: byte for byte as its
 * build wrote them, except that each web page carries a banner saying which edition it is (in the page's language) and
 * that links to the archived site's own address (canonical links, root-relative links, sitemap entries, links into its
 * own editions/ folder, which is not nested) lead to where it now lives. QR codes printed in its PDFs cannot be
 * rewritten: they still lead to the address the edition was first published at.
 */
final class ArchivedCopies {

    /** The banner's class; also how a reader (or a test) tells it from the archived page. */
    static final String BANNER_CLASS = "tessera-edition-banner";
    private static final Pattern LINK = Pattern.compile("\\b(href|src|content|action)=\"([^\"]*)\"");
    private static final Pattern LOC = Pattern.compile("(<loc>|Sitemap: )([^<\\s]+)");
    private static final Pattern LANG = Pattern.compile("<html[^>]*\\blang=\"([^\"]+)\"");
    private static final Pattern BODY = Pattern.compile("<body[^>]*>\\n?(<a class=\"skip-link\"[^>]*>[^<]*</a>\\n?)?");

    private final Edition edition;
    private final Map<String, Messages> messages = new ConcurrentHashMap<>();

    ArchivedCopies(Edition edition) {
        this.edition = edition;
    }

    /** The published form of the archived file {@code output}. */
    OutputFile make(SitePlan.Output output) {
        ArchivedEdition archived = edition.archive().stream().filter(a -> output.subject().startsWith(a.folder() + "/"))
                .findFirst().orElseThrow();
        String file = output.subject().substring(archived.folder().length() + 1);
        java.nio.file.Path source = edition.root().resolve(output.subject());
        if (!(file.endsWith(".html") || file.equals(SitePaths.SITEMAP) || file.equals(SitePaths.ROBOTS))) {
            return new OutputFile.Copied(output.path(), source);
        }
        try {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            String moved = moveLinks(text, archived, file, output.siteRoot());
            return new OutputFile.Written(output.path(), (file.endsWith(".html") ? withBanner(moved, archived, file, output.siteRoot()) : moved)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Links to the archived site's own address, moved to editions/&lt;slug&gt;/ of this one. */
    private String moveLinks(String text, ArchivedEdition archived, String file, String siteRoot) {
        String home = SitePaths.edition(archived.slug());
        String oldBase = archived.manifest().baseUrl().endsWith("/") ? archived.manifest().baseUrl() : archived.manifest().baseUrl() + "/";
        String oldPath = pathOf(oldBase);
        String newPath = edition.site().basePath() + home;
        String newAbsolute = edition.site().absoluteUrl().map(u -> u + home).orElse(newPath);
        Pattern pattern = file.endsWith(".html") ? LINK : LOC;
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String url = m.group(2);
            String moved = url.startsWith(oldBase) && oldBase.contains("://") ? newAbsolute + url.substring(oldBase.length())
                    : url.startsWith(oldPath) && !url.startsWith("//") ? newPath + url.substring(oldPath.length())
                    : intoOwnEditions(url, file, siteRoot).orElse(url);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + (pattern == LINK ? "=\"" + moved + "\"" : moved)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A relative link into the archived site's own editions/ folder, which is not published again: it leads to the
     * same edition's folder of this site, one level further up.
     */
    private static Optional<String> intoOwnEditions(String url, String file, String siteRoot) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("/")) {
            return Optional.empty();
        }
        return SitePaths.resolve(SitePaths.address(file).replaceFirst("[^/]*$", ""), url)
                .filter(p -> p.startsWith(SitePaths.EDITIONS))
                .map(p -> siteRoot + p + url.replaceFirst("^[^#?]*", ""));
    }

    private static String pathOf(String base) {
        int scheme = base.indexOf("://");
        if (scheme < 0) {
            return base.startsWith("/") ? base : "/" + base;
        }
        int slash = base.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : base.substring(slash);
    }

    /** The page with a banner after its skip link: which edition this is, with a link to the current one. */
    private String withBanner(String page, ArchivedEdition archived, String file, String siteRoot) {
        Matcher body = BODY.matcher(page);
        if (!body.find()) {
            return page;
        }
        Matcher lang = LANG.matcher(page);
        String language = lang.find() ? lang.group(1) : archived.manifest().language();
        Messages words = messages.computeIfAbsent(language, l -> Messages.load(l, edition.root().resolve("templates")));
        String date = new Formats(language, words).editionDate(archived.manifest().info());
        // the page for a missing address is served at any address: its link starts from the site's base path
        String current = file.equals(SitePaths.NOT_FOUND) ? edition.site().basePath() : siteRoot;
        // an aside, a landmark of its own: everything on a page belongs to one (axe's "region" rule)
        String banner = "<aside class=\"" + BANNER_CLASS + "\" style=\"background:#fff4ce;color:#1b1b1b;"
                + "border-bottom:2px solid #8a6100;padding:0.75em 1em;text-align:center;font-family:sans-serif\">"
                + Html.escape(words.format("archive.banner", archived.manifest().label(), date))
                + " <a href=\"" + current + "\" style=\"color:#00457c\">" + Html.escape(words.get("archive.current")) + "</a></aside>\n";
        return page.substring(0, body.end()) + banner + page.substring(body.end());
    }
}
