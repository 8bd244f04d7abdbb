package org.tessera.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.tessera.model.Chart;
import org.tessera.model.ChartSort;
import org.tessera.model.Component;
import org.tessera.model.Filter;
import org.tessera.model.HeadlineFigure;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.SortOrder;
import org.tessera.model.Table;
import org.tessera.model.Tile;
import org.tessera.model.Tiles;

/** Reads the YAML body of a tiles, chart or table block into a component. */
final class ComponentLoader {

    private final YamlReader yaml;

    ComponentLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** {@code at} is the opening fence; the YAML body starts on the next line. */
    Optional<Component> load(String name, String body, Position at, TextLanguage language, List<Problem> problems) {
        int before = problems.size();
        Optional<YamlNode> root = yaml.read(body, at.file(), at.line(), problems);
        if (root.isEmpty()) {
            if (problems.size() == before) {
                problems.add(Problem.error(at, "the " + name + " block is empty; see the content model for its fields"));
            }
            return Optional.empty();
        }
        return switch (name) {
            case "tiles" -> tiles(root.get(), at, "a tiles block", language, problems).map(t -> t);
            case "chart" -> Fields.of(root.get(), "the chart block", language, problems).flatMap(f -> chart(f, at, problems));
            default -> Fields.of(root.get(), "the table block", language, problems).flatMap(f -> table(f, at, problems));
        };
    }

    /** A list of tiles, as a tiles block and site.yml's {@code headlines} write it; {@code what} names it in messages. */
    static Optional<Tiles> tiles(YamlNode root, Position at, String what, TextLanguage language, List<Problem> problems) {
        if (!(root instanceof YamlNode.Sequence seq)) {
            problems.add(Problem.error(root.at(), what + " is a list: each tile starts with '- indicator:', '- value:' or '- figure:'"));
            return Optional.empty();
        }
        List<Tile> tiles = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            Fields.of(item, "a tile", language, problems).ifPresent(f -> {
                f.allowOnly(Shapes.TILE);
                boolean compact = f.oneOf("format", Shapes.TILE).filter("compact"::equals).isPresent();
                Optional<String> indicator = f.text("indicator");
                Optional<String> value = f.text("value");
                Optional<HeadlineFigure> figure = f.oneOf("figure", Shapes.TILE)
                        .map(w -> HeadlineFigure.valueOf(w.toUpperCase(Locale.ROOT)));
                Optional<String> label = f.translatable("label");
                long sources = indicator.stream().count() + value.stream().count() + (f.has("figure") ? 1 : 0);
                if (sources == 0) {
                    problems.add(Problem.error(f.at(), "a tile needs 'indicator: CODE', 'value: FIGURE' or 'figure: "
                            + String.join("|", HeadlineFigure.words()) + "'"));
                } else if (sources > 1) {
                    problems.add(Problem.error(f.at(), "a tile takes one of 'indicator', 'value' and 'figure', not several"));
                } else if (value.isPresent() && label.isEmpty()) {
                    problems.add(Problem.error(f.at("value"), "a tile with a literal value needs a 'label' saying what the figure counts"));
                } else if (!f.has("figure") || figure.isPresent()) {
                    tiles.add(new Tile(indicator, value, figure, label, f.text("country"), compact, f.at()));
                }
            });
        }
        return Optional.of(new Tiles(List.copyOf(tiles), at));
    }

    private Optional<Component> chart(Fields f, Position at, List<Problem> problems) {
        f.allowOnly(Shapes.CHART);
        Optional<String> type = f.oneOf("type", Shapes.CHART);
        if (!f.has("type")) {
            problems.add(Problem.error(f.at(), "the chart block is missing 'type' (bar, column, stacked, line, donut or progress)"));
        }
        String data = f.requiredText("data");
        String x = f.requiredText("x");
        List<String> y = f.textList("y");
        if (y.isEmpty()) {
            problems.add(Problem.error(f.at(), "the chart block is missing 'y': the column (or list of columns) holding the values"));
        }
        OptionalInt top = f.integer("top", 1, Integer.MAX_VALUE);
        Optional<ChartSort> sort = chartSort(f);
        Filter where = filter(f, problems);
        if (type.isEmpty() || data.isEmpty() || x.isEmpty() || y.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Chart(Chart.Type.valueOf(type.get().toUpperCase(Locale.ROOT)), data, x, y,
                f.translatable("title"), sort, top, where, chartId(f, problems), f.translatable("note"), at));
    }

    /** A chart's {@code id}, its anchor on the page: a name like a file's ({@code top-ten-countries}). */
    private static Optional<String> chartId(Fields f, List<Problem> problems) {
        Optional<String> id = f.text("id").map(String::strip);
        if (id.isPresent() && !Names.isValid(id.get())) {
            problems.add(Problem.warning(f.at("id"), Names.explain("the chart id", id.get())
                    + "; until then the chart is named by its dataset and line"));
            return Optional.empty();
        }
        return id;
    }

    /** {@code sort: asc|desc} by the chart's own measure, or {@code sort: {by: column, order: asc|desc}} (desc unless told). */
    private static Optional<ChartSort> chartSort(Fields f) {
        Optional<YamlNode> sort = f.node("sort");
        if (sort.isEmpty() || sort.get() instanceof YamlNode.Scalar) {
            return f.oneOf("sort", Shapes.CHART).map(o -> ChartSort.of(SortOrder.valueOf(o.toUpperCase(Locale.ROOT))));
        }
        return f.mapping("sort").map(sf -> {
            sf.allowOnly(Shapes.CHART_SORT);
            SortOrder order = sf.oneOf("order", Shapes.CHART_SORT).map(o -> SortOrder.valueOf(o.toUpperCase(Locale.ROOT)))
                    .orElse(SortOrder.DESC);
            return new ChartSort(sf.text("by").map(String::strip).filter(by -> !by.isEmpty()), order);
        });
    }

    private Optional<Component> table(Fields f, Position at, List<Problem> problems) {
        f.allowOnly(Shapes.TABLE);
        String data = f.requiredText("data");
        Optional<String> sortBy = Optional.empty();
        SortOrder order = SortOrder.ASC;
        Optional<YamlNode> sort = f.node("sort");
        if (sort.isPresent() && sort.get() instanceof YamlNode.Scalar s) {
            sortBy = Optional.of(s.text().strip()); // shorthand: sort: amount
        } else if (sort.isPresent()) {
            Optional<Fields> sortFields = f.mapping("sort");
            if (sortFields.isPresent()) {
                Fields sf = sortFields.get();
                sf.allowOnly(Shapes.TABLE_SORT);
                sortBy = Optional.of(sf.requiredText("by")).filter(s -> !s.isEmpty());
                order = sf.oneOf("order", Shapes.TABLE_SORT).map(o -> SortOrder.valueOf(o.toUpperCase(Locale.ROOT)))
                        .orElse(SortOrder.ASC);
            }
        }
        boolean total = f.flag("total", false);
        Filter where = filter(f, problems);
        if (data.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Table(data, f.textList("columns"), sortBy, order, total, where, f.translatable("note"), at));
    }

    private static Filter filter(Fields f, List<Problem> problems) {
        Optional<Fields> where = f.mapping("where");
        if (where.isEmpty()) {
            return Filter.NONE;
        }
        Map<String, List<String>> equals = new LinkedHashMap<>();
        for (String column : where.get().raw().entries().keySet()) {
            List<String> values = where.get().textList(column);
            if (values.isEmpty()) {
                problems.add(Problem.error(where.get().at(column), "'where' needs a value for '" + column + "'"));
            } else {
                equals.put(column, values);
            }
        }
        return new Filter(Map.copyOf(equals));
    }
}
