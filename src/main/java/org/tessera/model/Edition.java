package org.tessera.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an edition folder holds, loaded: the input of every later stage. {@code images} holds, by path,
 * the header facts of the raster images among {@code assets}; {@code archive} the earlier editions it publishes beside
 * itself, in site.yml's order.
 */
public record Edition(
        Path root,
        Site site,
        List<Programme> programmes,
        List<Page> pages,
        Map<String, Dataset> datasets,
        List<Indicator> indicators,
        List<Donor> donors,
        List<String> assets,
        Map<String, ImageAsset> images,
        Lookup lookup,
        List<ArchivedEdition> archive) {

    public Edition {
        archive = List.copyOf(archive);
    }

    public Edition(Path root, Site site, List<Programme> programmes, List<Page> pages, Map<String, Dataset> datasets,
                   List<Indicator> indicators, List<Donor> donors, List<String> assets, Map<String, ImageAsset> images) {
        this(root, site, programmes, pages, datasets, indicators, donors, assets, images,
                Lookup.of(programmes, pages, indicators), List.of());
    }

    /** The same edition, publishing {@code earlier} editions beside itself. */
    public Edition withArchive(List<ArchivedEdition> earlier) {
        return new Edition(root, site, programmes, pages, datasets, indicators, donors, assets, images, lookup, earlier);
    }

    /** The newest archived edition (by date), which a "what changed" page compares with. */
    public Optional<ArchivedEdition> newestArchived() {
        return archive.stream().max(java.util.Comparator.comparing((ArchivedEdition a) -> a.manifest().date()));
    }

    /** An edition without photographs. */
    public Edition(Path root, Site site, List<Programme> programmes, List<Page> pages, Map<String, Dataset> datasets,
                   List<Indicator> indicators, List<Donor> donors, List<String> assets) {
        this(root, site, programmes, pages, datasets, indicators, donors, assets, Map.of());
    }

    public Optional<Programme> programme(String id) {
        return Optional.ofNullable(lookup.programmes.get(id));
    }

    public Optional<Page> page(String slug) {
        return Optional.ofNullable(lookup.pages.get(slug));
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(lookup.indicators.get(code));
    }

    public List<Indicator> indicatorsOf(String programmeId) {
        return lookup.byProgramme.getOrDefault(programmeId, List.of());
    }

    public boolean hasDonors() {
        return datasets.containsKey("donors");
    }

    /**
     * Indexes by id, built once with the edition: pages and checks look things up once per programme and
     * indicator, and a linear search each time made an edition of 10,000 programmes quadratic.
     * The first of duplicates wins, as a search from the start would find it.
     */
    public record Lookup(Map<String, Programme> programmes, Map<String, Page> pages,
                         Map<String, Indicator> indicators, Map<String, List<Indicator>> byProgramme) {

        static Lookup of(List<Programme> programmes, List<Page> pages, List<Indicator> indicators) {
            Map<String, Programme> byId = new HashMap<>();
            programmes.forEach(p -> byId.putIfAbsent(p.id(), p));
            Map<String, Page> bySlug = new HashMap<>();
            pages.forEach(p -> bySlug.putIfAbsent(p.slug(), p));
            Map<String, Indicator> byCode = new HashMap<>();
            Map<String, List<Indicator>> byProgramme = new HashMap<>();
            for (Indicator indicator : indicators) {
                byCode.putIfAbsent(indicator.code(), indicator);
                byProgramme.computeIfAbsent(indicator.programme(), k -> new ArrayList<>()).add(indicator);
            }
            byProgramme.replaceAll((k, list) -> List.copyOf(list));
            // views, not copies: copying maps of 50,000 indicators again would only cost a large edition time
            return new Lookup(Collections.unmodifiableMap(byId), Collections.unmodifiableMap(bySlug),
                    Collections.unmodifiableMap(byCode), Collections.unmodifiableMap(byProgramme));
        }

        @Override
        public String toString() {
            return "Lookup";
        }
    }
}
