package org.tessera.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tessera.model.Edition;
import org.tessera.model.GcmObjectives;
import org.tessera.model.Programme;
import org.tessera.model.SdgTargets;
import org.tessera.model.SitePaths;
import org.tessera.model.Taxonomy;
import org.tessera.resolve.ProgrammeTotals;

/**
 * The ways to browse programmes besides places: by thematic area (named in site.yml), by objective of the Global
 * Compact for Migration and by SDG target. Each term programmes state gets a page listing them with their totals;
 * each taxonomy an index page.
 */
final class TaxonomyView {

    private TaxonomyView() {
    }

    static List<Programme> programmes(Taxonomy kind, String key, Edition edition) {
        return edition.programmes().stream().filter(new Taxonomy.Term(kind, key)::taggedOn).toList();
    }

    /** "Thematic area 2", "Global Compact objective 7", "SDG target 10.7". */
    static String label(Taxonomy kind, String key, RenderContext ctx) {
        return ctx.messages().format("taxonomy." + kind.slug() + ".term", key);
    }

    /** The term's name: the site's name of a thematic area, an objective's official title, a target's text or goal. */
    static String name(Taxonomy kind, String key, RenderContext ctx) {
        return switch (kind) {
            case THEMES -> ctx.edition().site().thematicAreas().getOrDefault(Integer.parseInt(key), label(kind, key, ctx));
            case GCM -> GcmObjectives.title(Integer.parseInt(key));
            case SDG -> SdgTargets.text(key).orElse(goal(key, ctx));
        };
    }

    /** "Goal 10: Reduced inequalities". */
    private static String goal(String target, RenderContext ctx) {
        return ctx.messages().format("taxonomy.sdg.goal", SdgTargets.goal(target).number(), SdgTargets.goal(target).name());
    }

    /** A term's page title: an area's or objective's name; a target's number, its text set under it. */
    static String title(Taxonomy.Term term, RenderContext ctx) {
        return term.taxonomy() == Taxonomy.SDG ? label(term.taxonomy(), term.key(), ctx) : name(term.taxonomy(), term.key(), ctx);
    }

    /** A term's page: what {@code place.peb} shows, with a target's official text under its number. */
    static Map<String, Object> page(Taxonomy.Term term, RenderContext ctx) {
        List<Programme> programmes = programmes(term.taxonomy(), term.key(), ctx.edition());
        Map<String, Object> view = new LinkedHashMap<>(ProgrammeListing.view(programmes, p -> false, ctx));
        if (programmes.isEmpty()) { // a page site.yml asked for (taxonomies: … all): the gap, said plainly
            view.put("summary", ctx.messages().get("taxonomy." + term.taxonomy().slug() + ".none"));
        }
        boolean sdg = term.taxonomy() == Taxonomy.SDG;
        view.put("kind", sdg ? goal(term.key(), ctx) : label(term.taxonomy(), term.key(), ctx));
        view.put("description", sdg ? SdgTargets.text(term.key()).orElse("") : "");
        view.put("nameLang", sdg ? "" : officialLang(term.taxonomy(), ctx));
        view.put("descriptionLang", officialLang(term.taxonomy(), ctx));
        return view;
    }

    /**
     * The index of a taxonomy: every objective, every named or used area, the used targets (all 169 when site.yml asks
     * for their pages), each with its programmes' count and budget and linked where it has a page.
     */
    static Map<String, Object> index(Taxonomy kind, RenderContext ctx) {
        List<String> pages = kind.terms(ctx.edition());
        TreeSet<String> keys = new TreeSet<>(kind.order());
        keys.addAll(pages);
        if (kind != Taxonomy.SDG) { // 169 targets, most without programmes, would bury the few that have
            keys.addAll(kind.known(ctx.edition()));
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (String key : keys) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("label", label(kind, key, ctx));
            entry.put("name", name(kind, key, ctx));
            entry.put("href", pages.contains(key) ? ctx.root() + kind.path(key) : "");
            entry.put("brief", ProgrammeListing.brief(ProgrammeTotals.of(programmes(kind, key, ctx.edition())), ctx));
            entries.add(entry);
        }
        return Map.of("entries", entries, "intro", ctx.messages().get("taxonomy." + kind.slug() + ".intro"),
                "nameLang", officialLang(kind, ctx));
    }

    /**
     * The official names of objectives and targets are English texts: marked so on pages in other languages, so that
     * screen readers pronounce them as English. Thematic areas are the edition's own words.
     */
    private static String officialLang(Taxonomy kind, RenderContext ctx) {
        boolean english = ctx.edition().site().language().startsWith("en");
        return kind == Taxonomy.THEMES || english ? "" : "en";
    }

    /** Links to the countries page and the three indexes: "Browse by countries · thematic areas · …". */
    static List<Map<String, String>> browse(RenderContext ctx) {
        List<Map<String, String>> links = new ArrayList<>();
        links.add(Map.of("href", ctx.root() + SitePaths.COUNTRIES, "text", ctx.messages().get("countries.title")));
        for (Taxonomy kind : Taxonomy.values()) {
            links.add(Map.of("href", ctx.root() + kind.index(), "text", ctx.messages().get("taxonomy." + kind.slug() + ".title")));
        }
        return links;
    }
}
