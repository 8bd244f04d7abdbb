package org.tessera.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tessera.model.ArchivedEdition;
import org.tessera.model.EditionManifest;
import org.tessera.model.Problem;
import org.tessera.model.Site;
import org.tessera.model.SitePaths;

/**
 * Reads the earlier editions site.yml's {@code archive:} lists: each a folder of a built site inside the edition
 * folder, with the edition.json its build wrote. Nothing outside the edition folder is read: a folder outside it, or a
 * link leading out of one, is refused. The built site's own editions/ folder is left out, so no edition is nested.
 */
final class ArchiveReader {

    /** Where a built site keeps the editions it publishes; never nested again. */
    static final String EDITIONS = SitePaths.EDITIONS;

    private static final java.util.regex.Pattern LOC = java.util.regex.Pattern.compile("<loc>([^<]*)</loc>");

    private ArchiveReader() {
    }

    static List<ArchivedEdition> read(Path root, Site site, EditionLoader.EditionFiles files, List<Problem> problems) {
        List<ArchivedEdition> archive = new ArrayList<>();
        Map<String, String> slugs = new HashMap<>();
        slugs.put(site.edition().slug(), "this edition");
        for (Site.ArchiveFolder entry : site.archive()) {
            folder(root, entry, problems).flatMap(folder -> edition(root, entry, folder, files, problems)).ifPresent(edition -> {
                String taken = slugs.putIfAbsent(edition.slug(), edition.folder());
                if (taken != null) {
                    problems.add(Problem.error(entry.at(), edition.folder() + " is the edition \"" + edition.slug() + "\", as "
                            + taken + " is; each edition is published once under editions/<slug>/ (set edition.slug to tell them apart)"));
                } else {
                    archive.add(edition);
                }
            });
        }
        return archive;
    }

    /** The folder of {@code entry}, relative to the edition, when it is a folder inside it. */
    private static Optional<String> folder(Path root, Site.ArchiveFolder entry, List<Problem> problems) {
        String written = entry.folder().replace('\\', '/').replaceAll("/+$", "");
        Path folder = root.resolve(written).normalize();
        if (written.isEmpty() || Path.of(written).isAbsolute() || !folder.startsWith(root) || folder.equals(root)) {
            problems.add(Problem.error(entry.at(), "the archived edition \"" + entry.folder() + "\" is not a folder inside the "
                    + "edition folder; copy the earlier edition's built site into it, e.g. archive/2022-09/, and list that"));
            return Optional.empty();
        }
        if (!Files.isDirectory(folder)) {
            problems.add(Problem.error(entry.at(), "there is no folder " + written + " in the edition; copy the earlier "
                    + "edition's built site (its _site folder) there"));
            return Optional.empty();
        }
        try {
            if (!folder.toRealPath().startsWith(root)) {
                problems.add(Problem.error(entry.at(), written + " is a link to a folder outside the edition; copy the built "
                        + "site into the edition instead"));
                return Optional.empty();
            }
        } catch (java.io.IOException e) {
            problems.add(Problem.error(entry.at(), "cannot read " + written + ": " + e.getMessage()));
            return Optional.empty();
        }
        return Optional.of(root.relativize(folder).toString().replace('\\', '/'));
    }

    private static Optional<ArchivedEdition> edition(Path root, Site.ArchiveFolder entry, String folder,
                                                     EditionLoader.EditionFiles files, List<Problem> problems) {
        Path manifestFile = root.resolve(folder).resolve(ManifestJson.FILE);
        if (!Files.isRegularFile(manifestFile)) {
            problems.add(Problem.error(entry.at(), folder + " has no " + ManifestJson.FILE + ", so it is not a site built by "
                    + "Tessera with editions (or was built before them): build that edition again, e.g. from its tagged "
                    + "sources, with `tessera build --source <its folder> --output " + folder + "`, or write "
                    + folder + "/" + ManifestJson.FILE + " with its label, date and slug, e.g. "
                    + "{\"label\": \"1st edition\", \"date\": \"2022-09\", \"slug\": \"2022-09\"}"));
            return Optional.empty();
        }
        List<String> trouble = new ArrayList<>();
        Optional<EditionManifest> manifest = files.readText(manifestFile).flatMap(text -> ManifestJson.read(text, trouble));
        trouble.forEach(t -> problems.add(Problem.error(entry.at(), folder + "/" + ManifestJson.FILE + " is not an edition "
                + "manifest: " + t + "; build that edition again to write it")));
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        if (!Names.isValid(manifest.get().slug())) {
            problems.add(Problem.error(entry.at(), folder + "/" + ManifestJson.FILE + ": " + Names.explain("edition slug",
                    manifest.get().slug())));
            return Optional.empty();
        }
        Path base = root.resolve(folder);
        List<String> published = files.list(folder).stream().map(p -> base.relativize(p).toString().replace('\\', '/'))
                .filter(p -> !p.startsWith(EDITIONS)).toList();
        return Optional.of(new ArchivedEdition(folder, entry.at(), manifest.get(), published,
                pages(files, base, manifest.get(), published)));
    }

    /** The files its sitemap lists (by their address under its base_url) that it holds. */
    private static List<String> pages(EditionLoader.EditionFiles files, Path base, EditionManifest manifest, List<String> published) {
        Path sitemap = base.resolve(SitePaths.SITEMAP);
        if (!Files.isRegularFile(sitemap)) {
            return List.of();
        }
        String url = manifest.baseUrl().endsWith("/") ? manifest.baseUrl() : manifest.baseUrl() + "/";
        String path = url.replaceFirst("^[a-z]+://[^/]+", "");
        List<String> pages = new ArrayList<>();
        java.util.regex.Matcher loc = LOC.matcher(files.readText(sitemap).orElse(""));
        while (loc.find()) {
            String address = loc.group(1).replace("&amp;", "&");
            String relative = address.startsWith(url) ? address.substring(url.length())
                    : address.startsWith(path) ? address.substring(path.length()) : null;
            if (relative != null && published.contains(SitePaths.file(relative))) {
                pages.add(SitePaths.file(relative));
            }
        }
        return pages;
    }
}
