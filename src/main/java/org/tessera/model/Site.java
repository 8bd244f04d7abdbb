package org.tessera.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;

/**
 * The edition's settings from site.yml.
 *
 * @param language           the language of this edition's text, a BCP 47 tag (one of {@code languages})
 * @param languages          every language the edition is published in, the default first ({@code language:} alone: one)
 * @param partialTranslations site.yml says {@code translations: partial}: what is left untranslated is not listed
 * @param genderMarkerTarget the fund's minimum share (0–100) of programmes marked gender A or B, when given
 * @param thematicAreas      the names of the thematic areas by number, in order; empty when site.yml names none
 * @param headlines          the home page's key figures as site.yml lists them; empty: the tool chooses
 * @param theme              the fund's colours and logo, where site.yml gives them
 * @param cover              the photograph on the home page's cover and the brochures' covers
 * @param archive            the folders of earlier editions' built sites (site.yml {@code archive:}), with where each is listed
 * @param changes            whether to publish the "What changed" page against the newest archived edition
 * @param everyTerm          the taxonomies whose every term gets a page (site.yml {@code taxonomies: {gcm_objectives: all}}),
 *                           not only the terms programmes state
 */
public record Site(
        String title,
        EditionInfo edition,
        String publisher,
        String baseUrl,
        String language,
        List<String> languages,
        boolean partialTranslations,
        Contact contact,
        Optional<Target> target,
        List<Brochure> brochures,
        boolean allowHtml,
        ImageSettings images,
        Optional<java.math.BigDecimal> genderMarkerTarget,
        Map<Integer, String> thematicAreas,
        Optional<Tiles> headlines,
        Optional<Theme> theme,
        Optional<Hero> cover,
        List<ArchiveFolder> archive,
        boolean changes,
        Set<Taxonomy> everyTerm,
        Position at) {

    /** One entry of site.yml's {@code archive:}: a folder, as written, and where. */
    public record ArchiveFolder(String folder, Position at) {
    }

    public Site {
        thematicAreas = Collections.unmodifiableMap(new TreeMap<>(thematicAreas));
        archive = List.copyOf(archive);
        languages = List.copyOf(languages);
        everyTerm = Set.copyOf(everyTerm);
    }

    /** The first of the edition's languages: its text at the root of the site, the one others fall back to. */
    public String defaultLanguage() {
        return languages.get(0);
    }

    /** The path part of base_url, always starting and ending with '/'. */
    public String basePath() {
        String path = baseUrl;
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        return path.endsWith("/") ? path : path + "/";
    }

    /** base_url when it names a host, for canonical links and the sitemap. */
    public Optional<String> absoluteUrl() {
        if (!baseUrl.contains("://")) {
            return Optional.empty();
        }
        return Optional.of(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }
}
