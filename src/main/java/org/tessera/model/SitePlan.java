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
public record SitePlan(List<Output> outputs, List<Problem> conflicts) {

    /** How an output is made. */
    public enum Kind {
        HOME, PROGRAMMES, PROGRAMME, PLACE, PAGE, DONORS, DATA, NOT_FOUND, SITEMAP, ROBOTS,
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
        CHANGES;

        /** Whether the output is a web page that a reader navigates to (and the sitemap lists). */
        public boolean isPage() {
            return switch (this) {
                case HOME, PROGRAMMES, PROGRAMME, PLACE, PAGE, DONORS, DATA, CHANGES, ARCHIVED_PAGE -> true;
                default -> false;
            };
        }
    }

    /**
     * One file of the site.
     *
     * @param path    where it is published, inside the output folder ("programmes/tj/index.html")
     * @param subject what it shows: a programme id, page slug, place, dataset name, brochure id or asset path
     */
    public record Output(String path, Kind kind, String subject) {

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
    }

    /** The plan of an edition's site. */
    public static SitePlan of(Edition edition) {
        Builder plan = new Builder(edition);
        plan.page(Kind.HOME, SitePaths.HOME, "");
        plan.section(Kind.PROGRAMMES, SitePaths.PROGRAMMES, "the list of programmes Tessera makes (the programme pages stay at programmes/<id>/)");
        edition.programmes().forEach(p -> plan.page(Kind.PROGRAMME, SitePaths.programme(p.id()), p.id()));
        for (Programme programme : edition.programmes()) {
            programme.countries().forEach(place -> plan.page(Kind.PLACE, SitePaths.place(place), place));
        }
        edition.pages().forEach(p -> plan.page(Kind.PAGE, SitePaths.page(p.slug()), p.slug()));
        if (edition.hasDonors()) {
            plan.section(Kind.DONORS, SitePaths.DONORS, "the donors page Tessera makes from donors.csv");
        }
        plan.section(Kind.DATA, SitePaths.DATA, "the list of datasets Tessera makes (the downloads stay at data/<name>.csv)");
        plan.file(Kind.NOT_FOUND, SitePaths.NOT_FOUND, "");
        plan.file(Kind.SITEMAP, SitePaths.SITEMAP, "");
        plan.file(Kind.ROBOTS, SitePaths.ROBOTS, "");
        for (String name : edition.datasets().keySet()) {
            plan.file(Kind.CSV, SitePaths.dataset(name, "csv"), name);
            plan.file(Kind.JSON, SitePaths.dataset(name, "json"), name);
        }
        for (Brochure brochure : edition.site().brochures()) {
            plan.file(Kind.PRINT_PAGE, SitePaths.file(SitePaths.brochurePage(brochure.id())), brochure.id());
            plan.file(Kind.PDF, SitePaths.brochurePdf(brochure.id()), brochure.id());
        }
        if (!edition.site().brochures().isEmpty()) {
            plan.unlessOwn(Kind.PRINT_STYLESHEET, SitePaths.PRINT_STYLESHEET);
            FONTS.forEach(font -> plan.unlessOwn(Kind.FONT, SitePaths.font(font)));
        }
        if (!edition.assets().contains(SitePaths.STYLESHEET)) {
            plan.file(Kind.STYLESHEET, SitePaths.STYLESHEET, "");
        }
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
        citable.forEach(o -> plan.file(Kind.CITABLE, SitePaths.inEdition(slug, o.path()), o.path()));
        for (ArchivedEdition archived : edition.archive()) {
            Set<String> pages = Set.copyOf(archived.pages());
            archived.files().forEach(f -> plan.file(pages.contains(f) ? Kind.ARCHIVED_PAGE : Kind.ARCHIVED,
                    SitePaths.inEdition(archived.slug(), f), archived.source(f)));
        }
        if (edition.site().changes() && !edition.archive().isEmpty()) {
            plan.section(Kind.CHANGES, SitePaths.CHANGES, "the page of what changed since the last edition");
        }
    }

    /** Whether {@code output} is a brochure's PDF, or its citable copy: the slowest files to make. */
    public boolean isPdf(Output output) {
        return output.kind() == Kind.PDF
                || output.kind() == Kind.CITABLE && at(output.subject()).filter(source -> source.kind() == Kind.PDF).isPresent();
    }

    /** The output at {@code path}, if the site has one. */
    public Optional<Output> at(String path) {
        return Optional.ofNullable(byPath().get(path));
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

    private Map<String, Output> byPath() {
        Map<String, Output> map = new LinkedHashMap<>();
        outputs.forEach(o -> map.put(o.path(), o));
        return map;
    }

    /** Collects outputs by path; the first claim on a path wins, except that an author's page beats a section. */
    private static final class Builder {
        private final Edition edition;
        private final Map<String, Output> outputs = new LinkedHashMap<>();
        private final List<Problem> conflicts = new ArrayList<>();

        Builder(Edition edition) {
            this.edition = edition;
        }

        void page(Kind kind, String address, String subject) {
            file(kind, SitePaths.file(address), subject);
        }

        void file(Kind kind, String path, String subject) {
            outputs.putIfAbsent(path, new Output(path, kind, subject));
        }

        /** A file Tessera ships, unless the edition has its own at that path (listed with its assets). */
        void unlessOwn(Kind kind, String path) {
            if (!edition.assets().contains(path)) {
                file(kind, path, "");
            }
        }

        /** A section Tessera makes, unless the author wrote a page at its address: then the author's page is kept. */
        void section(Kind kind, String address, String what) {
            String slug = address.substring(0, address.length() - 1);
            Optional<Page> authored = edition.page(slug);
            if (authored.isPresent()) {
                conflicts.add(Problem.warning(new Position(authored.get().story().file(), 1, 1), "this page is published at "
                        + address + " in place of " + what + "; rename the file (e.g. " + slug + "-overview.md) to keep both"));
                return;
            }
            page(kind, address, "");
        }
    }
}
