package org.tessera.model;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where the content model publishes each thing, relative to the site's root: the address of a programme, a page, a
 * dataset's exports, a brochure. Links in stories are resolved against these, and checked against
 * {@link #published(Edition)}.
 */
public final class SitePaths {

    private static final String PROGRAMME_STORIES = "content/programmes/";
    private static final String PAGE_STORIES = "content/pages/";

    private SitePaths() {
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
        return "regions/" + java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "/";
    }

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

    public static String dataset(String name, String extension) {
        return "data/" + name + "." + extension;
    }

    public static String brochurePdf(String id) {
        return "brochures/" + id + ".pdf";
    }

    public static String brochurePage(String id) {
        return "brochures/" + id + "/";
    }

    /** The address a story is published at: a programme's story on its page, a page at its slug. */
    public static Optional<String> story(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
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
        if (path.isEmpty() || path.startsWith("//") || path.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        String base = path.startsWith("/") || path.startsWith("assets/") ? "" : page;
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

    /** Every page and file of the site a link may lead to: pages, data exports, brochures and the edition's assets. */
    public static Set<String> published(Edition edition) {
        Set<String> paths = new LinkedHashSet<>(Set.of("", "programmes/", "data/", "404.html", "sitemap.xml", "robots.txt"));
        edition.programmes().forEach(p -> {
            paths.add(programme(p.id()));
            p.countries().forEach(c -> paths.add(place(c)));
            p.thematicArea().ifPresent(area -> paths.add(theme(area)));
            p.gcmObjectives().forEach(n -> paths.add(objective(n)));
            p.sdgTargets().forEach(t -> paths.add(sdgTarget(t)));
        });
        paths.addAll(INDEXES);
        edition.pages().forEach(p -> paths.add(page(p.slug())));
        if (edition.datasets().containsKey("donors")) {
            paths.add("donors/");
        }
        edition.datasets().keySet().forEach(name -> {
            paths.add(dataset(name, "csv"));
            paths.add(dataset(name, "json"));
        });
        edition.site().brochures().forEach(b -> {
            paths.add(brochurePdf(b.id()));
            paths.add(brochurePage(b.id()));
        });
        paths.addAll(edition.assets());
        return paths;
    }
}
