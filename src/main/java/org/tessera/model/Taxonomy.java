package org.tessera.model;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The ways programmes are tagged besides their places: thematic area, Global Compact objective, SDG target. Each term
 * programmes state has a page ({@link #path}), each taxonomy an index page ({@link #index}).
 */
public enum Taxonomy {
    THEMES(SitePaths.THEMES, "thematic_areas", "the list of thematic areas Tessera makes (their pages stay at themes/<n>/)"),
    GCM(SitePaths.OBJECTIVES, "gcm_objectives", "the list of Global Compact objectives Tessera makes (their pages stay at gcm/<n>/)"),
    SDG(SitePaths.TARGETS, "sdg_targets", "the list of SDG targets Tessera makes (their pages stay at sdg/<target>/)");

    private final String index;
    private final String field;
    private final String description;

    Taxonomy(String index, String field, String description) {
        this.index = index;
        this.field = field;
        this.description = description;
    }

    /** Its name in site.yml's {@code taxonomies:}: gcm_objectives. */
    public String field() {
        return field;
    }

    /** The index page's address: themes/. */
    public String index() {
        return index;
    }

    /** The index's slug, which an author's page may take: themes. */
    public String slug() {
        return index.substring(0, index.length() - 1);
    }

    /** What the index page is, for the warning when an author's page takes its place. */
    public String description() {
        return description;
    }

    /** The terms a programme states: "2"; "2", "7"; "10.7". */
    public List<String> keys(Programme p) {
        return switch (this) {
            case THEMES -> p.thematicArea().stream().mapToObj(String::valueOf).toList();
            case GCM -> p.gcmObjectives().stream().map(String::valueOf).toList();
            case SDG -> p.sdgTargets();
        };
    }

    /** A term's page. */
    public String path(String key) {
        return switch (this) {
            case THEMES -> SitePaths.theme(Integer.parseInt(key));
            case GCM -> SitePaths.objective(Integer.parseInt(key));
            case SDG -> SitePaths.sdgTarget(key);
        };
    }

    /** The order terms are listed in: by number; targets as the UN orders them. */
    public Comparator<String> order() {
        return this == SDG ? SdgTargets::compare : Comparator.comparingInt(Integer::parseInt);
    }

    /**
     * The terms that get a page, in order: every term at least one programme states, and every {@link #known} term
     * when site.yml asks for all ({@code taxonomies: {gcm_objectives: all}}).
     */
    public List<String> terms(Edition edition) {
        TreeSet<String> keys = new TreeSet<>(order());
        edition.programmes().forEach(p -> keys.addAll(keys(p)));
        if (edition.site().everyTerm().contains(this)) {
            keys.addAll(known(edition));
        }
        return List.copyOf(keys);
    }

    /** The terms there are whether or not programmes state them: the areas site.yml names, the 23 objectives, the 169 targets. */
    public List<String> known(Edition edition) {
        return switch (this) {
            case THEMES -> edition.site().thematicAreas().keySet().stream().map(String::valueOf).toList();
            case GCM -> IntStream.rangeClosed(1, GcmObjectives.count()).mapToObj(String::valueOf).toList();
            case SDG -> SdgTargets.all();
        };
    }

    /** One term: objective 7 of the Global Compact is {@code Term(GCM, "7")}. */
    public record Term(Taxonomy taxonomy, String key) {

        /** The term whose page has the plan's subject {@code subject}. */
        public static Term of(String subject) {
            int colon = subject.indexOf(':');
            return new Term(Taxonomy.valueOf(subject.substring(0, colon)), subject.substring(colon + 1));
        }

        /** The subject of the term's page in the site's plan: "GCM:7". */
        public String subject() {
            return taxonomy.name() + ":" + key;
        }

        public String path() {
            return taxonomy.path(key);
        }

        /** Whether programme {@code p} states this term. */
        public boolean taggedOn(Programme p) {
            return taxonomy.keys(p).contains(key);
        }
    }
}
