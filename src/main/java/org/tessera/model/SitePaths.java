package org.tessera.model;

import java.util.Optional;

/**
 * Where the content model publishes each thing, relative to the site's root: the address of a programme, a page, a
 * dataset's exports, a brochure. Links in stories are resolved against these, and checked against
 * {@link #published(Edition)}.
 */
public final class SitePaths {

    private static final String PROGRAMME_STORIES = "content/programmes/";
    private static final String PAGE_STORIES = "content/pages/";

    /** The edition's assets folder, published at the same path: images, logos, fonts, extra CSS. */
    public static final String ASSETS = "assets/";
    /** The home page's address: the site's root. */
    public static final String HOME = "";
    public static final String PROGRAMMES = "programmes/";
    public static final String DONORS = "donors/";
    public static final String DATA = "data/";
    public static final String NOT_FOUND = "404.html";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    /** The stylesheet every page links; an edition's own assets/tessera.css replaces it. */
    public static final String STYLESHEET = ASSETS + "tessera.css";
    /** The print stylesheet of the brochures; an edition's own assets/brochure.css replaces it. */
    public static final String PRINT_STYLESHEET = ASSETS + "brochure.css";
    public static final String ICON = ASSETS + "tessera-icon.svg";
    /** The built-in image for link previews (Open Graph), 1200 × 630. */
    public static final String SOCIAL_CARD = ASSETS + "tessera-card.png";
    private static final String INDEX = "index.html";
    /** The manifest every build writes: what the edition holds, for a later build that archives it. */
    public static final String MANIFEST = "edition.json";
    /** Where the editions live at stable addresses: earlier ones archived, and this one's citable copies. */
    public static final String EDITIONS = "editions/";
    /** The "What changed since the last edition" page (site.yml {@code changes: true}). */
    public static final String CHANGES = "changes/";

    private SitePaths() {
    }

    /** The file a page's address is published as: "programmes/" is "programmes/index.html"; a file is itself. */
    public static String file(String address) {
        return address.isEmpty() || address.endsWith("/") ? address + INDEX : address;
    }

    /** The address of a published file: its folder for an index page ("programmes/"), else the file's path. */
    public static String address(String file) {
        return file.equals(INDEX) || file.endsWith("/" + INDEX) ? file.substring(0, file.length() - INDEX.length()) : file;
    }

    /** {@code assets/photos/x.jpeg} in the size named {@code suffix} ("480w"): {@code assets/photos/x.480w.jpg}. */
    public static String imageVariant(String asset, String suffix) {
        int slash = asset.lastIndexOf('/');
        int dot = asset.lastIndexOf('.');
        String stem = dot > slash ? asset.substring(0, dot) : asset;
        String extension = ImageAsset.extensionFormat(asset).equals("png") ? ".png" : ".jpg";
        return stem + "." + suffix + extension;
    }

    /**
     * Whether a file of the site is one every language shares, published once at the site's root: the assets and
     * the data downloads. Pages and brochures exist in each language.
     */
    public static boolean isShared(String path) {
        return path.startsWith(ASSETS) || path.startsWith(DATA) && !path.equals(DATA) && !path.equals(file(DATA));
    }

    /**
     * Where a page or brochure of a translation is published: under its language's folder ("fr/donors/"), named by
     * the language alone (a tag such as ar-u-nu-arab, which asks for Arabic-Indic digits, publishes under ar/).
     */
    public static String translated(String language, String path) {
        return language.isEmpty() ? path : language.replaceFirst("-[uUxX]-.*$", "").toLowerCase(java.util.Locale.ROOT) + "/" + path;
    }

    /** A font the brochures embed, published beside the print stylesheet. */
    public static String font(String name) {
        return ASSETS + "fonts/" + name;
    }

    public static String programme(String id) {
        return "programmes/" + id + "/";
    }

    public static String page(String slug) {
        return slug + "/";
    }

    /** A country's page, by its ISO code: countries/tj/. */
    public static String country(String code) {
        return COUNTRIES + code.toLowerCase(java.util.Locale.ROOT) + "/";
    }

    /** A region's page, by its name as programmes write it: "IGAD region" is regions/igad-region/. */
    public static String region(String name) {
        return "regions/" + slug(name) + "/";
    }

    /** A name as a folder: accents dropped, lower case, runs of other characters a '-': "IGAD region" is igad-region. */
    static String slug(String name) {
        String plain = MARKS.matcher(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)).replaceAll("");
        return EDGE_DASHES.matcher(NOT_SLUG.matcher(plain.toLowerCase(java.util.Locale.ROOT)).replaceAll("-")).replaceAll("");
    }

    /** Compiled once: slugs are made for every chart and place of an edition. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NOT_SLUG = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_DASHES = java.util.regex.Pattern.compile("^-|-$");
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    /** The page of an entry of a programme's countries: a country's by its code, else a region's. */
    public static String place(String entry) {
        return Programme.isCountryCode(entry) ? country(entry) : region(entry);
    }

    /** The index pages of countries (with the map), thematic areas, Global Compact objectives and SDG targets. */
    public static final String COUNTRIES = "countries/", THEMES = "themes/", OBJECTIVES = "gcm/", TARGETS = "sdg/";
    public static final java.util.List<String> INDEXES = java.util.List.of(COUNTRIES, THEMES, OBJECTIVES, TARGETS);

    /** A thematic area's page: themes/2/. */
    public static String theme(int area) {
        return THEMES + area + "/";
    }

    /** A Global Compact objective's page: gcm/7/. */
    public static String objective(int number) {
        return OBJECTIVES + number + "/";
    }

    /** An SDG target's page: "10.7" is sdg/10-7/. */
    public static String sdgTarget(String target) {
        return TARGETS + target.replace('.', '-') + "/";
    }

    /** The list of every page of a language, where the search box leads without JavaScript. */
    public static final String SEARCH = "search/";
    /** A language's search index, a script (so that it loads from file:// and under any base_url): search/index.js. */
    public static final String SEARCH_INDEX = SEARCH + "index.js";
    /** The rest of a language's search index, loaded once the first part is read: its charts and indicators. */
    public static final String SEARCH_INDEX_MORE = SEARCH + "index-more.js";
    /** The site's one script: the search box, and a chart page's height for the page that embeds it. */
    public static final String SCRIPT = ASSETS + "tessera.js";
    /** The search library the script loads when a reader first types (MiniSearch, MIT). */
    public static final String SEARCH_LIBRARY = ASSETS + "minisearch.js";

    /** A chart's own page, to share or embed it: charts/top-donors/. */
    public static String chart(String id) {
        return "charts/" + id + "/";
    }

    /** A chart's download beside its page: charts/top-donors/top-donors.csv (a saved file keeps the chart's name). */
    public static String chartFile(String id, String extension) {
        return chart(id) + id + "." + extension;
    }

    public static String dataset(String name, String extension) {
        return "data/" + name + "." + extension;
    }

    public static String brochurePdf(String id) {
        return "brochures/" + id + ".pdf";
    }

    public static String brochurePage(String id) {
        return "brochures/" + id + "/";
    }

    /** An edition's stable address, by its slug: editions/2022-09/. */
    public static String edition(String slug) {
        return EDITIONS + slug + "/";
    }

    /**
     * Where a file of an edition's site is published at that edition's stable address: a file of an archived build,
     * or a brochure or dataset of this one (citable: editions/2023-09/brochures/x.pdf).
     */
    public static String inEdition(String slug, String path) {
        return edition(slug) + path;
    }

    /**
     * The address a story is published at, under its language's root: a programme's story on its page, a page at its
     * slug; a translation ({@code <name>.<lang>.md}) at its original's address (names hold no dots).
     */
    public static Optional<String> story(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\..*$", ""); // "x.md", "x.fr.md": x
        if (file.startsWith(PROGRAMME_STORIES)) {
            return Optional.of(programme(name));
        }
        return file.startsWith(PAGE_STORIES) ? Optional.of(page(name)) : Optional.empty();
    }

    /**
     * Where {@code url}, written in a story published at {@code page}, leads, as a path from the site's root (query
     * and fragment dropped): relative to the page, or to the site's root when it starts with '/' or is an asset.
     * Empty for addresses elsewhere (a scheme, "//host") and for a path that climbs above the root.
     */
    public static Optional<String> resolve(String page, String url) {
        String path = url.replaceFirst("[?#].*$", "");
        if (path.isEmpty() || path.startsWith("//") || SCHEME.matcher(path).matches()) {
            return Optional.empty();
        }
        String base = path.startsWith("/") || path.startsWith(ASSETS) ? "" : page;
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        String joined = base + (path.startsWith("/") ? path.substring(1) : path);
        String[] segments = joined.split("/", -1);
        for (String segment : segments) {
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.addLast(segment);
            }
        }
        String last = segments[segments.length - 1];
        boolean folder = last.isEmpty() || last.equals(".") || last.equals("..");
        String resolved = String.join("/", parts);
        return Optional.of(folder && !resolved.isEmpty() ? resolved + "/" : resolved);
    }
}
