package org.tessera.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.util.Suggest;
import org.tessera.model.Brochure;
import org.tessera.model.Chart;
import org.tessera.model.ChartSort;
import org.tessera.model.Component;
import org.tessera.model.Dataset;
import org.tessera.model.Donor;
import org.tessera.model.Edition;
import org.tessera.model.Filter;
import org.tessera.model.Hero;
import org.tessera.model.Indicator;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.Story;
import org.tessera.model.Table;
import org.tessera.model.Tile;
import org.tessera.model.Tiles;
import org.tessera.model.ValueRef;

/**
 * Checks that every name used points at something: brochure items, datasets, columns, indicators, images. A name
 * defined in a file that failed to load ({@code broken}) is not reported again: its file's own problem says why.
 */
final class ReferenceChecks {

    private static final String INDICATORS = "content/data/indicators.csv";

    private ReferenceChecks() {
    }

    static List<Problem> checkBrochures(Edition edition, Set<String> broken) {
        List<Problem> problems = new ArrayList<>();
        for (Brochure brochure : edition.site().brochures()) {
            for (Brochure.Item item : brochure.contents()) {
                switch (item.kind()) {
                    case PROGRAMME -> {
                        if (edition.programme(item.ref()).isEmpty() && !broken.contains("content/programmes/" + item.ref() + ".yml")) {
                            problems.add(unknown(item.at(), "programme", item.ref(),
                                    edition.programmes().stream().map(p -> p.id()).toList()));
                        }
                    }
                    case PAGE -> {
                        if (edition.page(item.ref()).isEmpty() && !broken.contains("content/pages/" + item.ref() + ".md")) {
                            problems.add(unknown(item.at(), "page", item.ref(), edition.pages().stream().map(p -> p.slug()).toList()));
                        }
                    }
                    case DONORS -> {
                        if (!edition.hasDonors() && !broken.contains("content/data/donors.csv")) {
                            problems.add(Problem.error(item.at(), "the brochure lists donors but there is no content/data/donors.csv"
                                    + " (or donors.xlsx)"));
                        }
                    }
                    default -> { }
                }
            }
        }
        return problems;
    }

    static List<Problem> checkStory(Edition edition, Story story, Set<String> broken) {
        List<Problem> problems = new ArrayList<>();
        for (Component component : story.components()) {
            if (component instanceof Tiles tiles) {
                tiles.tiles().forEach(t -> checkTile(edition, t, broken, problems));
            } else if (component instanceof Chart chart) {
                checkChart(edition, chart, broken, problems);
            } else if (component instanceof Table table) {
                checkTable(edition, table, broken, problems);
            }
        }
        for (ValueRef ref : story.values()) {
            indicator(edition, ref.code(), ref.at(), broken, problems);
        }
        story.hero().ifPresent(h -> checkHero(edition, h, problems));
        return problems;
    }

    /** The cover photographs (site.yml's and a brochure's own) and the theme's logo name assets that exist. */
    static List<Problem> checkSiteImages(Edition edition) {
        List<Problem> problems = new ArrayList<>();
        edition.site().cover().ifPresent(h -> checkHero(edition, h, problems));
        edition.site().brochures().forEach(b -> b.cover().ifPresent(h -> checkHero(edition, h, problems)));
        edition.site().theme().flatMap(t -> t.logo().flatMap(logo -> asset(edition, "logo", logo, t.at(), "assets/logo.png")))
                .ifPresent(problems::add);
        return problems;
    }

    /** The home page's headlines, as site.yml lists them, name indicators that exist and have a value. */
    static List<Problem> checkHeadlines(Edition edition, Set<String> broken) {
        List<Problem> problems = new ArrayList<>();
        edition.site().headlines().ifPresent(h -> h.tiles().forEach(tile -> checkTile(edition, tile, broken, problems)));
        return problems;
    }

    private static void checkTile(Edition edition, Tile tile, Set<String> broken, List<Problem> problems) {
        tile.indicator().ifPresent(code -> indicator(edition, code, tile.at(), broken, problems)
                .filter(i -> i.current().isEmpty())
                .ifPresent(i -> problems.add(Problem.error(tile.at(), "indicator " + code + " has no reported value to show in a tile"))));
    }

    private static Optional<Indicator> indicator(Edition edition, String code, Position at, Set<String> broken,
                                                 List<Problem> problems) {
        Optional<Indicator> indicator = edition.indicator(code); // indexed by the edition: no search per tile
        if (indicator.isEmpty() && !broken.contains(INDICATORS)) {
            problems.add(unknown(at, "indicator", code, edition.indicators().stream().map(Indicator::code).toList()));
        }
        return indicator;
    }

    private static void checkChart(Edition edition, Chart chart, Set<String> broken, List<Problem> problems) {
        dataset(edition, chart.data(), chart.at(), broken, problems).ifPresent(data -> {
            column(data, chart.x(), chart.at(), problems);
            chart.y().forEach(y -> column(data, y, chart.at(), problems).ifPresent(index -> {
                if (!data.columns().get(index).type().isNumeric()) {
                    problems.add(Problem.error(chart.at(), "column '" + y + "' of " + data.name() + " holds text, not numbers; a chart's y must be numeric"));
                }
            }));
            chart.sort().flatMap(ChartSort::by).ifPresent(by -> column(data, by, chart.at(), problems));
            if (chart.type() == Chart.Type.STACKED) {
                checkStackedTotal(data, chart, problems);
            }
            if (chart.type() == Chart.Type.PROGRESS && chart.y().size() > 2) {
                problems.add(Problem.error(chart.at(), "a progress chart takes y: one percent column, or two columns [done, of] "
                        + "such as [received, budget]; it has " + chart.y().size()));
            }
            filter(data, chart.where(), chart.at(), problems);
        });
    }

    /** A stacked bar of the declared total column on top of columns it sums draws those figures twice. */
    private static void checkStackedTotal(Dataset data, Chart chart, List<Problem> problems) {
        Optional<String> total = chart.y().stream().filter(data::isTotalColumn).findFirst();
        List<String> parts = chart.y().stream()
                .filter(y -> data.columnIndex(y).filter(data::isTotalPart).isPresent()).toList();
        if (total.isPresent() && !parts.isEmpty()) {
            problems.add(Problem.warning(chart.at(), "this stacked chart puts '" + total.get() + "', the declared total column of "
                    + data.name() + ", on top of " + String.join(", ", parts.stream().map(p -> "'" + p + "'").toList())
                    + ", which it sums, so every bar double counts; stack only the parts, or chart '" + total.get()
                    + "' alone (type: bar)"));
        }
    }

    private static void checkTable(Edition edition, Table table, Set<String> broken, List<Problem> problems) {
        dataset(edition, table.data(), table.at(), broken, problems).ifPresent(data -> {
            table.columns().forEach(c -> column(data, c, table.at(), problems));
            table.sortBy().ifPresent(c -> column(data, c, table.at(), problems));
            filter(data, table.where(), table.at(), problems);
        });
    }

    private static void filter(Dataset data, Filter where, Position at, List<Problem> problems) {
        for (Map.Entry<String, List<String>> e : where.equals().entrySet()) {
            column(data, e.getKey(), at, problems);
        }
    }

    private static Optional<Dataset> dataset(Edition edition, String name, Position at, Set<String> broken,
                                             List<Problem> problems) {
        Dataset data = edition.datasets().get(name);
        boolean reliable = !broken.contains("content/data/" + name + ".csv") && !broken.contains("content/data/" + name + ".yml");
        if (data == null && reliable) {
            problems.add(unknown(at, "dataset", name, edition.datasets().keySet()));
        }
        return Optional.ofNullable(data).filter(d -> reliable);
    }

    private static Optional<Integer> column(Dataset data, String column, Position at, List<Problem> problems) {
        Optional<Integer> index = data.columnIndex(column);
        if (index.isEmpty()) {
            problems.add(unknown(at, "column of " + data.name(), column, data.columns().stream().map(c -> c.name()).toList()));
        }
        return index;
    }

    static void checkHero(Edition edition, Hero hero, List<Problem> problems) {
        asset(edition, "image", hero.image(), hero.at(), "assets/photos/tajikistan.jpg").ifPresent(problems::add);
        if (hero.alt().isBlank()) {
            problems.add(Problem.warning(hero.at(), "the image " + hero.image() + " has no 'alt' text; describe the photo for readers who cannot see it"));
        }
        if (hero.credit().isBlank()) {
            problems.add(Problem.warning(hero.at(), "the image " + hero.image() + " has no 'credit'; name the photographer or owner, e.g. ©IOM"));
        }
    }

    /** The logos of donors.csv name files under assets/. */
    static List<Problem> checkDonorLogos(Edition edition) {
        List<Problem> problems = new ArrayList<>();
        for (Donor donor : edition.donors()) {
            donor.logo().flatMap(logo -> asset(edition, "logo", logo.asset(), logo.at(), "assets/logos/germany.svg"))
                    .ifPresent(problems::add);
        }
        return problems;
    }

    /** A file named in the content must sit under assets/ and exist. */
    private static Optional<Problem> asset(Edition edition, String what, String asset, Position at, String example) {
        Path file = edition.root().resolve(asset).normalize();
        if (!file.startsWith(edition.root().resolve("assets")) || asset.contains("..")) {
            return Optional.of(Problem.error(at, "the " + what + " \"" + asset + "\" must be a file under assets/, e.g. " + example));
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of(Problem.error(at, "the " + what + " " + asset + " does not exist; put the file there or correct the path"));
        }
        return Optional.empty();
    }

    private static Problem unknown(Position at, String what, String name, java.util.Collection<String> known) {
        String hint = Suggest.closest(name, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
        String list = known.isEmpty() ? "there are none" : "known: " + String.join(", ", known.stream().limit(12).toList())
                + (known.size() > 12 ? ", …" : "");
        return Problem.error(at, "unknown " + what + " '" + name + "'" + hint + "; " + list);
    }
}
