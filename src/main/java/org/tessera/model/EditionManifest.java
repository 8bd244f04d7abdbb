package org.tessera.model;

import java.util.List;

/**
 * What a build publishes, as edition.json tells a later build (or {@code tessera diff}) that reads it: the edition's
 * label, date and slug, the address it was built for, its brochures, datasets and programmes, and the tool's version.
 */
public record EditionManifest(String title, String label, String date, String slug, String baseUrl, String language,
                              String tool, List<Item> brochures, List<String> datasets, List<Item> programmes) {

    /** A brochure (id, title) or a programme (id, title, status word). */
    public record Item(String id, String title, String status) {
    }

    public EditionManifest {
        brochures = List.copyOf(brochures);
        datasets = List.copyOf(datasets);
        programmes = List.copyOf(programmes);
    }

    /** The manifest of {@code edition}'s build, made by the tool in version {@code tool}. */
    public static EditionManifest of(Edition edition, String tool) {
        Site site = edition.site();
        String date = site.edition().hasDay() ? site.edition().date().toString() : EditionInfo.slugOf(site.edition().date());
        return new EditionManifest(site.title(), site.edition().label(), date, site.edition().slug(), site.baseUrl(),
                site.language(), tool,
                site.brochures().stream().filter(b -> b.isPublishedIn(site.language())).map(b -> new Item(b.id(), b.title(), "")).toList(),
                List.copyOf(edition.datasets().keySet()),
                edition.programmes().stream().map(p -> new Item(p.id(), p.title(),
                        p.status().name().toLowerCase(java.util.Locale.ROOT))).toList());
    }

    /** The edition's label, date and slug as site.yml would give them; a date that is not YYYY-MM(-DD) reads as none. */
    public EditionInfo info() {
        try {
            boolean day = date.length() > 7;
            java.time.LocalDate when = day ? java.time.LocalDate.parse(date) : java.time.YearMonth.parse(date).atDay(1);
            return new EditionInfo(label, when, day, slug);
        } catch (java.time.format.DateTimeParseException e) {
            return new EditionInfo(label, java.time.LocalDate.EPOCH, false, slug);
        }
    }
}
