package org.tessera.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every file the site publishes, with its path, what kind of output makes it and what it is about: the one list a
 * full build runs, {@code serve} runs in part, the link checker reads and the sitemap lists. Addresses come from
 * {@link SitePaths}; nothing else makes them.
 *
 * <p>A section Tessera makes (the programme list, the donors page, the data page) never takes an address from the
 * author: a page the author wrote there is published in its place, and {@link #conflicts()} says so.
 */
public record SitePlan(List<Output> outputs, List<Problem> conflicts, Map<String, Output> byPath) {

    /** How an output is made. */
    public enum Kind {
        HOME, PROGRAMMES, PROGRAMME, PLACE, COUNTRIES, TERM, TERMS, PAGE, DONORS, DATA, NOT_FOUND, SITEMAP, ROBOTS,
        CSV, JSON, PRINT_PAGE, PDF, STYLESHEET, PRINT_STYLESHEET, FONT, ICON, SOCIAL_CARD, ASSET, IMAGE,
        /** edition.json: what this build holds, for a later one that archives it. */
        MANIFEST,
        /** A copy of this edition's brochure or dataset at its stable address; subject: the path it copies. */
        CITABLE,
        /** A file of an archived edition's built site; subject: its path in the edition folder. */
        ARCHIVED,
        /** A web page of an archived edition that its sitemap lists (and so this site's sitemap too). */
        ARCHIVED_PAGE,
        /** The "What changed since the last edition" page. */
        CHANGES,
        /** Site search: the list of every page, a language's index (a script), the site's script and its library. */
        SEARCH, SEARCH_INDEX, SCRIPT,
        /** A chart's own page, to share or embed it, and its downloads. */
        CHART, CHART_SVG, CHART_CSV;

        /** Whether the output is a web page that a reader navigates to (and the sitemap lists). */
        public boolean isPage() {
            return switch (this) {
                case HOME, PROGRAMMES, PROGRAMME, PLACE, COUNTRIES, TERM, TERMS, PAGE, DONORS, DATA, CHANGES, ARCHIVED_PAGE,
                        SEARCH, CHART -> true;
                default -> false;
            };
        }
    }

    /**
     * One file of the site.
     *
     * @param path    where it is published, inside the output folder ("programmes/tj/index.html")
     * @param subject  what it shows: a programme id, page slug, place, dataset name, brochure id or asset path
     * @param language the language of a page or brochure in a translation, published under its folder; "" for the
     *                 edition's first language and for the files every language shares
     */
    public record Output(String path, Kind kind, String subject, String language) {

        public Output(String path, Kind kind, String subject) {
            this(path, kind, subject, "");
        }

        /** The address inside its language: "programmes/tj/" for fr/programmes/tj/index.html. */
        public String localAddress() {
            return address().substring(SitePaths.translated(language, "").length());
        }

        /** The way back from this output's folder to the site's root: "../../" from programmes/tj/index.html. */
        public String siteRoot() {
            return "../".repeat((int) path.chars().filter(c -> c == '/').count());
        }

        /** The way back to the root of the output's language, where its other pages are. */
        public String languageRoot() {
            return siteRoot() + SitePaths.translated(language, "");
        }

        /** The address a link uses: the folder of an index page ("programmes/tj/"), else the path. */
        public String address() {
            return SitePaths.address(path);
        }
    }

    /** The fonts the brochures embed, published beside the print stylesheet unless the edition brings its own. */
    public static final List<String> FONTS = List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
            "NotoSans-BoldItalic.ttf", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", "OFL.txt");

    public SitePlan {
        outputs = List.copyOf(outputs);
        conflicts = List.copyOf(conflicts);
        byPath = Collections.unmodifiableMap(new LinkedHashMap<>(byPath));
    }

    /** The plan of {@code outputs}, each found by its path. */
    public SitePlan(List<Output> outputs, List<Problem> conflicts) {
        this(outputs, conflicts, index(outputs));
    }

    private static Map<String, Output> index(List<Output> outputs) {
        Map<String, Output> map = new LinkedHashMap<>();
        outputs.forEach(o -> map.put(o.path(), o));
        return map;
    }

    /** The plan of an edition's site in one language. */
    public static SitePlan of(Edition edition) {
        return of(edition, Map.of());
    }

    /**
     * The plan of an edition's site: its first language at the root, and each of {@code translations} (the same
     * edition in another language, by language) under a folder of its own — its pages and brochures; the data
     * downloads and assets are published once, at the root.
     */
    public static SitePlan of(Edition edition, Map<String, Edition> translations) {
        Builder plan = new Builder(edition, "");
        plan.pages();
        plan.search();
        plan.charts();
        plan.file(Kind.NOT_FOUND, SitePaths.NOT_FOUND, "");
        plan.file(Kind.SITEMAP, SitePaths.SITEMAP, "");
        plan.file(Kind.ROBOTS, SitePaths.ROBOTS, "");
        for (String name : edition.datasets().keySet()) {
            plan.file(Kind.CSV, SitePaths.dataset(name, "csv"), name);
            plan.file(Kind.JSON, SitePaths.dataset(name, "json"), name);
        }
        plan.brochures();
        translations.forEach((language, translation) -> {
            Builder other = new Builder(translation, language);
            other.pages();
            other.search();
            other.charts();
            other.brochures();
            other.changes();
            other.outputs.values().forEach(o -> plan.outputs.putIfAbsent(o.path(), o));
        });
        if (!edition.site().brochures().isEmpty()) {
            plan.unlessOwn(Kind.PRINT_STYLESHEET, SitePaths.PRINT_STYLESHEET);
            SitePlan.FONTS.forEach(font -> plan.unlessOwn(Kind.FONT, SitePaths.font(font)));
        }
        if (!edition.assets().contains(SitePaths.STYLESHEET)) {
            plan.file(Kind.STYLESHEET, SitePaths.STYLESHEET, "");
        }
        plan.file(Kind.SCRIPT, SitePaths.SCRIPT, "static/tessera.js");
        plan.file(Kind.SCRIPT, SitePaths.SEARCH_LIBRARY, "static/minisearch.js");
        plan.file(Kind.ICON, SitePaths.ICON, "");
        plan.file(Kind.SOCIAL_CARD, SitePaths.SOCIAL_CARD, "");
        for (String asset : edition.assets()) {
            plan.file(edition.images().containsKey(asset) ? Kind.IMAGE : Kind.ASSET, asset, asset);
        }
        editionsOverTime(edition, plan);
        return new SitePlan(List.copyOf(plan.outputs.values()), plan.conflicts);
    }

    /**
     * The outputs of editions over time: the manifest; this edition's brochures and datasets again at its stable
     * address; each archived edition's files under its own; the "What changed" page when asked for and there is an
     * archived edition to compare with.
     */
    private static void editionsOverTime(Edition edition, Builder plan) {
        plan.file(Kind.MANIFEST, SitePaths.MANIFEST, "");
        String slug = edition.site().edition().slug();
        List<Output> citable = plan.outputs.values().stream().filter(o -> o.kind() == Kind.PDF || o.kind() == Kind.CSV
                || o.kind() == Kind.JSON).toList();
        // A copy belongs to the language of the file it copies: made beside it, by the same language's renderer.
        citable.forEach(o -> {
            String path = SitePaths.inEdition(slug, o.path());
            plan.outputs.putIfAbsent(path, new Output(path, Kind.CITABLE, o.path(), o.language()));
        });
        for (ArchivedEdition archived : edition.archive()) {
            Set<String> pages = Set.copyOf(archived.pages());
            archived.files().forEach(f -> plan.file(pages.contains(f) ? Kind.ARCHIVED_PAGE : Kind.ARCHIVED,
                    SitePaths.inEdition(archived.slug(), f), archived.source(f)));
        }
        plan.changes();
    }

    /** Whether {@code output} is a brochure's PDF, or its citable copy: the slowest files to make. */
    public boolean isPdf(Output output) {
        return output.kind() == Kind.PDF
                || output.kind() == Kind.CITABLE && at(output.subject()).filter(source -> source.kind() == Kind.PDF).isPresent();
    }

    /** The outputs in {@code language} ("" for the first), in plan order. */
    public List<Output> in(String language) {
        return outputs.stream().filter(o -> o.language().equals(language)).toList();
    }

    /** The output at {@code path}, if the site has one. */
    public Optional<Output> at(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The outputs of one kind, in plan order. */
    public List<Output> of(Kind kind) {
        return outputs.stream().filter(o -> o.kind() == kind).toList();
    }

    /** The addresses of the web pages, in plan order: what the sitemap lists. */
    public List<String> pages() {
        return outputs.stream().filter(o -> o.kind().isPage()).map(Output::address).toList();
    }

    /** Every address a link may lead to: pages by their folder, files by their path. */
    public Set<String> addresses() {
        Set<String> all = new LinkedHashSet<>();
        outputs.forEach(o -> all.add(o.address()));
        return Collections.unmodifiableSet(all);
    }

    /**
     * Collects the outputs of one language by path; the first claim on a path wins, except that an author's page
     * beats a section. A translation's pages and brochures go under its language's folder.
     */
    private static final class Builder {
        private final Edition edition;
        private final String language;
        private final Map<String, Output> outputs = new LinkedHashMap<>();
        private final List<Problem> conflicts = new ArrayList<>();

        Builder(Edition edition, String language) {
            this.edition = edition;
            this.language = language;
        }

        /** The web pages: home, lists, programmes, places, the author's pages, donors and data. */
        void pages() {
            page(Kind.HOME, SitePaths.HOME, "");
            section(Kind.PROGRAMMES, SitePaths.PROGRAMMES, "", "the list of programmes Tessera makes (the programme pages stay at programmes/<id>/)");
            edition.programmes().forEach(p -> page(Kind.PROGRAMME, SitePaths.programme(p.id()), p.id()));
            for (Programme programme : edition.programmes()) {
                programme.countries().forEach(place -> page(Kind.PLACE, SitePaths.place(place), place));
            }
            section(Kind.COUNTRIES, SitePaths.COUNTRIES, "", "the countries page and map Tessera makes (the pages of "
                    + "countries stay at countries/<code>/)");
            for (Taxonomy taxonomy : Taxonomy.values()) {
                taxonomy.terms(edition).forEach(key -> {
                    Taxonomy.Term term = new Taxonomy.Term(taxonomy, key);
                    page(Kind.TERM, term.path(), term.subject());
                });
                section(Kind.TERMS, taxonomy.index(), taxonomy.name(), taxonomy.description());
            }
            edition.pages().forEach(p -> page(Kind.PAGE, SitePaths.page(p.slug()), p.slug()));
            if (edition.hasDonors()) {
                section(Kind.DONORS, SitePaths.DONORS, "", "the donors page Tessera makes from donors.csv");
            }
            section(Kind.DATA, SitePaths.DATA, "", "the list of datasets Tessera makes (the downloads stay at data/<name>.csv)");
        }

        /** The "What changed" page, when asked for and there is an archived edition to compare with. */
        void changes() {
            if (edition.site().changes() && !edition.archive().isEmpty()) {
                section(Kind.CHANGES, SitePaths.CHANGES, "", "the page of what changed since the last edition");
            }
        }

        /** The search: the list of every page (where the box leads without JavaScript) and the language's index. */
        void search() {
            section(Kind.SEARCH, SitePaths.SEARCH, "", "the list of every page that the search box leads to");
            file(Kind.SEARCH_INDEX, SitePaths.SEARCH_INDEX, "");
            file(Kind.SEARCH_INDEX, SitePaths.SEARCH_INDEX_MORE, SitePaths.SEARCH_INDEX_MORE);
        }

        /** Each chart of a story: its own page, to share or embed it, with its SVG and the CSV of its rows. */
        void charts() {
            for (ChartPage chart : ChartPage.of(edition)) {
                page(Kind.CHART, SitePaths.chart(chart.id()), chart.id());
                file(Kind.CHART_SVG, SitePaths.chartFile(chart.id(), "svg"), chart.id());
                file(Kind.CHART_CSV, SitePaths.chartFile(chart.id(), "csv"), chart.id());
            }
            if (language.isEmpty()) {
                conflicts.addAll(ChartPage.conflicts(edition));
            }
        }

        /** Each brochure's print page and PDF. */
        void brochures() {
            for (Brochure brochure : edition.site().brochures()) {
                if (brochure.isPublishedIn(edition.site().language())) {
                    file(Kind.PRINT_PAGE, SitePaths.file(SitePaths.brochurePage(brochure.id())), brochure.id());
                    file(Kind.PDF, SitePaths.brochurePdf(brochure.id()), brochure.id());
                }
            }
        }

        void page(Kind kind, String address, String subject) {
            file(kind, SitePaths.file(address), subject);
        }

        void file(Kind kind, String path, String subject) {
            String published = SitePaths.translated(language, path);
            outputs.putIfAbsent(published, new Output(published, kind, subject, language));
        }

        /** A file Tessera ships, unless the edition has its own at that path (listed with its assets). */
        void unlessOwn(Kind kind, String path) {
            if (!edition.assets().contains(path)) {
                file(kind, path, "");
            }
        }

        /** A section Tessera makes, unless the author wrote a page at its address: then the author's page is kept. */
        void section(Kind kind, String address, String subject, String what) {
            String slug = address.substring(0, address.length() - 1);
            Optional<Page> authored = edition.page(slug);
            if (authored.isPresent()) {
                conflicts.add(Problem.warning(new Position(authored.get().story().file(), 1, 1), "this page is published at "
                        + address + " in place of " + what + "; rename the file (e.g. " + slug + "-overview.md) to keep both"));
                return;
            }
            page(kind, address, subject);
        }
    }
}
