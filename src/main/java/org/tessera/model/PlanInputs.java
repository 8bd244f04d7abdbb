package org.tessera.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each output of a {@link SitePlan} reads from the model, as values that compare equal exactly when the output
 * would come out the same: {@code serve} makes again the outputs whose inputs changed. Records of an unchanged file are
 * the very objects of the previous load (the loader's cache keeps them), so comparing them is cheap and a story's
 * syntax tree compares by identity.
 *
 * <p>Besides these, an output reads its template and interface words (recorded while it renders) and the edition's
 * assets; {@code serve} follows those by file.
 */
public final class PlanInputs {

    private final Edition edition;
    private final Map<String, PlanInputs> translations = new LinkedHashMap<>();
    private List<Object> layout;
    private List<Object> cards;
    private Map<String, List<Object>> byPlace;
    private Map<String, List<Object>> byTerm;
    private Map<String, List<Indicator>> byCode;
    private Map<String, ChartPage> charts;

    public PlanInputs(Edition edition) {
        this(edition, Map.of());
    }

    /** The inputs of an edition's outputs, and of those of its {@code translations} (by language). */
    public PlanInputs(Edition edition, Map<String, Edition> translations) {
        this.edition = edition;
        translations.forEach((language, translation) -> this.translations.put(language, new PlanInputs(translation)));
    }

    /**
     * The inputs of every output of {@code plan}, by path, each led by the output itself (its kind, subject and
     * language): a path that now holds another output has other inputs.
     */
    public Map<String, List<Object>> of(SitePlan plan) {
        Map<String, List<Object>> all = new LinkedHashMap<>();
        plan.outputs().forEach(o -> all.put(o.path(), List.of(o, of(o, plan))));
        return all;
    }

    /** What {@code output} reads: a translation's output, from the edition in its language. */
    public List<Object> of(SitePlan.Output output, SitePlan plan) {
        PlanInputs in = translations.get(output.language());
        return in == null ? read(output, plan) : in.read(output, plan);
    }

    private List<Object> read(SitePlan.Output output, SitePlan plan) {
        String subject = output.subject();
        return switch (output.kind()) {
            case HOME -> List.of(layout(), cards(), edition.pages().stream().map(p -> List.of(p.title(), frontMatter(p.story()))).toList(),
                    edition.donors(), edition.indicators(), edition.archive());
            case PROGRAMMES -> List.of(layout(), cards());
            case PROGRAMME -> edition.programme(subject).map(p -> List.of(layout(), p, edition.indicatorsOf(p.id()),
                    p.story().map(this::storyData).orElse(List.of()))).orElse(List.of());
            case PLACE -> List.of(layout(), cardsBy("place").getOrDefault(subject, List.of()));
            case COUNTRIES, TERMS -> List.of(layout(), cards());
            case TERM -> List.of(layout(), cardsBy("term").getOrDefault(subject, List.of()));
            case PAGE -> edition.page(subject).map(p -> List.<Object>of(layout(), p, storyData(p.story()))).orElse(List.of());
            case DONORS -> List.of(layout(), edition.donors(), Optional.ofNullable(edition.datasets().get("donors")));
            case DATA -> List.of(layout(), List.copyOf(edition.datasets().values()));
            case NOT_FOUND -> List.of(layout());
            case SITEMAP -> List.of(edition.site(), plan.pages());
            case ROBOTS, STYLESHEET -> List.of(edition.site());
            case CSV, JSON -> List.of(Optional.ofNullable(edition.datasets().get(subject)));
            case PRINT_PAGE, PDF -> brochure(subject);
            case ICON, SOCIAL_CARD, ASSET, FONT -> List.of();
            case PRINT_STYLESHEET -> List.of(edition.site().theme());
            case IMAGE -> List.of(Optional.ofNullable(edition.images().get(subject)));
            case MANIFEST, CITABLE, ARCHIVED, ARCHIVED_PAGE, CHANGES -> editionsOverTime(output, plan);
            case SEARCH, SEARCH_INDEX -> search(output, plan);
            case SCRIPT -> List.of();
            case CHART, CHART_SVG, CHART_CSV -> chart(subject);
        };
    }

    /**
     * What the outputs of editions over time read: the manifest, the settings and what the edition holds; a citable
     * copy, what the file it copies reads; an archived file, its archived edition (files never change once built)
     * and the address it is moved to; the "What changed" page, everything the comparison reads.
     */
    private List<Object> editionsOverTime(SitePlan.Output output, SitePlan plan) {
        return switch (output.kind()) {
            case MANIFEST -> List.of(edition.site(), List.copyOf(edition.datasets().keySet()), cards());
            case CITABLE -> plan.at(output.subject()).map(source -> of(source, plan)).orElse(List.of());
            case ARCHIVED, ARCHIVED_PAGE -> List.of(edition.site(), edition.archive());
            default -> List.of(layout(), cards(), edition.indicators(), edition.donors(), List.copyOf(edition.datasets().values()),
                    edition.archive(), edition.pages());
        };
    }

    /**
     * The search reads every page's title and words in its language: programmes as their cards show them (not their
     * stories), the author's pages whole, indicators, datasets and the charts' titles.
     */
    private List<Object> search(SitePlan.Output output, SitePlan plan) {
        return List.of(layout(), cards(), edition.pages(), edition.indicators(), List.copyOf(edition.datasets().values()),
                chartPages().values().stream().map(c -> List.of(c.id(), settings(c.chart()))).toList(),
                plan.in(output.language()).stream().filter(o -> o.kind().isPage()).map(SitePlan.Output::path).toList());
    }

    /**
     * A chart's page reads the chart, its story's other charts (they share series colours) and their data; not where
     * they stand in the story, so that an edit above them leaves their pages as they are.
     */
    private List<Object> chart(String id) {
        return Optional.ofNullable(chartPages().get(id)).map(c -> List.<Object>of(layout(), settings(c.chart()), c.page(),
                        c.story().components().stream().filter(Chart.class::isInstance).map(k -> settings((Chart) k)).toList(),
                        storyData(c.story()))).orElse(List.of());
    }

    private Map<String, ChartPage> chartPages() {
        if (charts == null) {
            charts = new LinkedHashMap<>();
            ChartPage.of(edition).forEach(c -> charts.put(c.id(), c));
        }
        return charts;
    }

    /** What a chart draws, without the line it stands on. */
    private static List<Object> settings(Chart c) {
        return List.of(c.type(), c.data(), c.x(), c.y(), c.title(), c.sort(), c.top(), c.where(), c.id(), c.note());
    }

    /** What every page shows around its content: the edition's settings and the navigation. */
    private List<Object> layout() {
        if (layout == null) {
            layout = List.of(edition.site(), edition.pages().stream().map(p -> List.of(p.slug(), p.navTitle())).toList(),
                    edition.hasDonors(), edition.programmes().isEmpty()); // the menu's Countries entry
        }
        return layout;
    }

    /**
     * What lists of programmes show of each: the facts and the story's front matter, never its body. One card per
     * programme, shared by every list that shows it, so that its fingerprint is found once.
     */
    private List<Object> cards() {
        if (cards == null) {
            cards = edition.programmes().stream().<Object>map(PlanInputs::card).toList();
        }
        return cards;
    }

    /**
     * The cards of the programmes each place page ({@code "place"}: by country or region, as the page's subject) or
     * term page ({@code "term"}: by {@link Taxonomy.Term} subject) lists, in edition order; found in one pass over
     * the programmes rather than one per page.
     */
    private Map<String, List<Object>> cardsBy(String kind) {
        if (byPlace == null) {
            byPlace = new HashMap<>();
            byTerm = new HashMap<>();
            List<Object> all = cards();
            for (int i = 0; i < all.size(); i++) {
                Programme p = edition.programmes().get(i);
                Object card = all.get(i);
                p.countries().stream().distinct().forEach(place -> byPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(card));
                for (Taxonomy taxonomy : Taxonomy.values()) {
                    taxonomy.keys(p).stream().distinct().forEach(key -> byTerm.computeIfAbsent(new Taxonomy.Term(taxonomy, key).subject(),
                            k -> new ArrayList<>()).add(card));
                }
            }
        }
        return kind.equals("place") ? byPlace : byTerm;
    }

    private static List<Object> card(Programme p) {
        return List.of(p.withoutStory(), p.story().map(PlanInputs::frontMatter).orElse(List.of()));
    }

    private static List<Object> frontMatter(Story s) {
        return List.of(s.title(), s.navTitle(), s.summary(), s.order(), s.hero());
    }

    /** The datasets and indicators a story's components and figures show. */
    private List<Object> storyData(Story story) {
        List<Object> data = new ArrayList<>();
        for (Component component : story.components()) {
            if (component instanceof Chart chart) {
                data.add(Optional.ofNullable(edition.datasets().get(chart.data())));
            } else if (component instanceof Table table) {
                data.add(Optional.ofNullable(edition.datasets().get(table.data())));
            } else if (component instanceof Tiles tiles) {
                tiles.tiles().forEach(t -> t.indicator().ifPresent(code -> data.add(rows(code))));
            }
        }
        story.values().forEach(v -> data.add(rows(v.code())));
        return data;
    }

    private List<Indicator> rows(String code) {
        if (byCode == null) {
            byCode = edition.indicators().stream().collect(java.util.stream.Collectors.groupingBy(Indicator::code));
        }
        return byCode.getOrDefault(code, List.of());
    }

    private List<Object> brochure(String id) {
        Optional<Brochure> brochure = edition.site().brochures().stream().filter(b -> b.id().equals(id)).findFirst();
        if (brochure.isEmpty()) {
            return List.of();
        }
        List<Object> inputs = new ArrayList<>(List.of(edition.site(), edition.donors(), edition.images()));
        for (Brochure.Item item : brochure.get().contents()) {
            switch (item.kind()) {
                case PROGRAMME -> edition.programme(item.ref()).ifPresent(p -> inputs.add(List.of(p, edition.indicatorsOf(p.id()),
                        p.story().map(this::storyData).orElse(List.of()))));
                case PAGE -> edition.page(item.ref()).ifPresent(p -> inputs.add(List.of(p, storyData(p.story()))));
                case MAP -> inputs.add(edition.programmes().stream().map(Programme::countries).toList());
                default -> inputs.add(item);
            }
        }
        return inputs;
    }
}
