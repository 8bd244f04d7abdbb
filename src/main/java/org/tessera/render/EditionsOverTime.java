package org.tessera.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tessera.compare.EditionDiff;
import org.tessera.load.BuiltSiteLoader;
import org.tessera.load.ManifestJson;
import org.tessera.model.ArchivedEdition;
import org.tessera.model.Edition;
import org.tessera.model.EditionManifest;
import org.tessera.model.SitePaths;
import org.tessera.model.SitePlan;

/** What the outputs of editions over time are made of: the manifest, citable copies, the home page's list of editions. */
final class EditionsOverTime {

    private EditionsOverTime() {
    }

    /** The version of Tessera making the site, as the manifest records it. */
    static String toolVersion() {
        String version = EditionsOverTime.class.getPackage().getImplementationVersion();
        return "tessera " + (version == null ? "development" : version);
    }

    static byte[] manifest(Edition edition) {
        return ManifestJson.write(EditionManifest.of(edition, toolVersion()));
    }

    /** The outputs the citable copies copy, each once: made with them even when not asked for themselves. */
    static List<SitePlan.Output> sourcesOf(SitePlan plan, List<SitePlan.Output> citable) {
        return citable.stream().map(c -> plan.at(c.subject())).flatMap(Optional::stream).distinct().toList();
    }

    /** The citable copies: the same bytes as the files they copy, found among {@code made}. */
    static List<OutputFile> copies(List<SitePlan.Output> citable, List<OutputFile> made) {
        List<OutputFile> copies = new ArrayList<>();
        for (SitePlan.Output copy : citable) {
            made.stream().filter(f -> f.path().equals(copy.subject())).reduce((first, last) -> last).ifPresent(f -> copies.add(
                    f instanceof OutputFile.Written w ? new OutputFile.Written(copy.path(), w.bytes())
                            : new OutputFile.Copied(copy.path(), ((OutputFile.Copied) f).source())));
        }
        return copies;
    }

    /** The editions the home page lists, newest first: this one, then the archived ones, each with its brochures. */
    static List<Map<String, Object>> editions(RenderContext ctx) {
        Edition edition = ctx.edition();
        if (edition.archive().isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> list = new ArrayList<>();
        list.add(entry(ctx, EditionManifest.of(edition, ""), true));
        edition.archive().stream().map(ArchivedEdition::manifest)
                .sorted(java.util.Comparator.comparing(EditionManifest::date).reversed())
                .forEach(m -> list.add(entry(ctx, m, false)));
        return list;
    }

    private static Map<String, Object> entry(RenderContext ctx, EditionManifest m, boolean current) {
        String home = current ? ctx.root() : ctx.siteRoot() + SitePaths.edition(m.slug());
        // this edition's brochures in the page's language (fr/brochures/…); an archived edition's as it published them
        String language = current ? ctx.languageFolder() : "";
        List<Map<String, String>> brochures = m.brochures().stream().map(b -> Map.of("title", b.title(),
                "href", ctx.siteRoot() + SitePaths.inEdition(m.slug(), language + SitePaths.brochurePdf(b.id())))).toList();
        return Map.of("label", m.label(), "date", ctx.formats().editionDate(m.info()), "href", home, "current", current,
                "brochures", brochures);
    }

    /** What changed from the archived edition {@code last} (read from its built site) to {@code edition}. */
    static List<EditionDiff.Change> changesSince(Edition edition, ArchivedEdition last) {
        BuiltSiteLoader.Loaded before = BuiltSiteLoader.load(edition.root().resolve(last.folder()));
        return EditionDiff.between(before.edition(), edition);
    }
}
