package org.tessera.render.component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.tessera.model.Chart;
import org.tessera.model.Column;
import org.tessera.model.ColumnType;
import org.tessera.model.Dataset;
import org.tessera.model.Position;
import org.tessera.model.Row;
import org.tessera.render.RenderContext;

/**
 * Turns a chart block and its dataset into a JFreeChart, independent of where it is drawn: the website writes
 * it as SVG ({@link SvgWriter}), a brochure draws the same object straight into its PDF.
 */
public final class ChartBuilder {

    private ChartBuilder() {
    }

    /** Below this width a chart is laid out for a phone: legends instead of labels around a donut, upright column labels. */
    public static final int NARROW = 500;

    /** The chart laid out for a wide page or column. */
    public static BuiltChart build(Chart chart, Dataset data, RenderContext ctx) {
        return build(chart, data, ctx, 720);
    }

    /**
     * The chart laid out for {@code width} (pixels or points): narrow layouts keep every label readable. It reads from
     * the right ({@link ChartMirror}) in a right-to-left language.
     */
    public static BuiltChart build(Chart chart, Dataset data, RenderContext ctx, int width) {
        return build(chart, data, ctx, width, ctx.formats().isRightToLeft());
    }

    /**
     * The chart laid out for {@code width}, mirrored or not: a brochure decides by the direction of the text around the
     * chart, as a story left in English inside an Arabic brochure keeps its charts left to right.
     */
    public static BuiltChart build(Chart chart, Dataset data, RenderContext ctx, int width, boolean rightToLeft) {
        ChartRows rows = rows(chart, data, ctx);
        boolean narrow = width < NARROW;
        JFreeChart drawn = switch (chart.type()) {
            case DONUT -> DonutChart.create(rows, ctx, narrow);
            default -> CategoryCharts.create(chart.type(), rows, ctx, narrow);
        };
        ChartStyle.wrapLegend(drawn, width);
        String title = chart.title().orElseGet(() -> defaultTitle(rows, ctx));
        BuiltChart built = new BuiltChart(chart.type(), drawn, rows, title, ChartText.describe(chart.type(), rows, ctx));
        if (chart.type() != Chart.Type.DONUT) {
            CategoryCharts.fitValueLabels(drawn, width, built.height(width));
        }
        if (rightToLeft) {
            ChartMirror.apply(drawn);
        }
        return built;
    }

    /** The series a chart draws, each in a colour of its own: past the palette's colours the smallest become "Other". */
    static ChartRows series(Chart chart, Dataset data, RenderContext ctx) {
        return drawn(rows(chart, data, ctx), ctx);
    }

    static ChartRows drawn(ChartRows all, RenderContext ctx) {
        return all.grouped(Palette.SERIES.size(), ctx.messages().get("chart.other"));
    }

    /** The selected data rows as categories and series; a progress chart's single series is the share done. */
    public static ChartRows rows(Chart chart, Dataset data, RenderContext ctx) {
        List<Integer> y = chart.y().stream().flatMap(name -> data.columnIndex(name).stream()).toList();
        List<Column> valueColumns = y.stream().map(data.columns()::get).toList();
        List<Row> selected = RowSelection.select(data, chart.where(), sorting(chart, data, y, ctx.formats().locale()),
                chart.top(), ctx.figures().rows());
        int x = data.columnIndex(chart.x()).orElse(0);
        List<String> categories = uniqueNames(selected.stream().map(r -> r.cell(x).text().strip()).toList());
        List<List<Optional<BigDecimal>>> values = new ArrayList<>();
        for (int index : y) {
            values.add(selected.stream().map(r -> r.cell(index).number()).toList());
        }
        Column category = data.columns().get(x);
        if (chart.type() == Chart.Type.PROGRESS && !valueColumns.isEmpty()) {
            return progress(category, valueColumns, categories, values, ctx);
        }
        List<Column> numeric = data.columns().stream().filter(c -> c.type().isNumeric()).toList();
        List<Integer> identities = valueColumns.stream().map(numeric::indexOf).toList();
        return new ChartRows(category, valueColumns, categories, List.copyOf(values), identities);
    }

    /**
     * The order of a sorted chart's rows: by {@code sort.by} where it names a column; else a stacked chart by the
     * length of its bars (the sum of its y columns), any other chart by its first y column.
     */
    private static Optional<Comparator<Row>> sorting(Chart chart, Dataset data, List<Integer> y, Locale locale) {
        return chart.sort().flatMap(sort -> {
            if (sort.by().isPresent()) {
                return sort.by().flatMap(data::columnIndex).map(by -> RowSelection.byColumn(data, by, sort.order(), locale));
            }
            if (y.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(chart.type() == Chart.Type.STACKED ? RowSelection.bySum(y, sort.order())
                    : RowSelection.byColumn(data, y.get(0), sort.order(), locale));
        });
    }

    /** With two value columns, the share of the first in the second (received of budget); with one, a percent as given. */
    private static ChartRows progress(Column category, List<Column> columns, List<String> categories,
                                      List<List<Optional<BigDecimal>>> values, RenderContext ctx) {
        if (columns.size() == 1) {
            return new ChartRows(category, columns, categories, List.copyOf(values), List.of(0));
        }
        List<Optional<BigDecimal>> shares = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            Optional<BigDecimal> done = values.get(0).get(i);
            Optional<BigDecimal> of = values.get(1).get(i).filter(v -> v.signum() != 0);
            shares.add(done.flatMap(d -> of.map(o -> d.multiply(BigDecimal.valueOf(100)).divide(o, 1, RoundingMode.HALF_UP))));
        }
        String label = ctx.messages().format("chart.share", columns.get(0).label(), columns.get(1).label());
        Column share = new Column("share", ColumnType.PERCENT, "", label, Position.of(""));
        return new ChartRows(category, List.of(share), categories, List.of(List.copyOf(shares)), List.of(0));
    }

    static String defaultTitle(ChartRows rows, RenderContext ctx) {
        String series = rows.series().stream().map(Column::label).collect(Collectors.joining(", "));
        String title = ctx.messages().format("chart.title", series, rows.category().label());
        return title.isEmpty() ? title : title.substring(0, 1).toUpperCase(ctx.formats().locale()) + title.substring(1);
    }

    /** Chart categories are keys: two rows named alike stay two bars ("Other", "Other (2)"). */
    private static List<String> uniqueNames(List<String> names) {
        Set<String> seen = new HashSet<>();
        List<String> unique = new ArrayList<>();
        for (String name : names) {
            String candidate = name.isEmpty() ? "–" : name;
            for (int n = 2; !seen.add(candidate); n++) {
                candidate = name + " (" + n + ")";
            }
            unique.add(candidate);
        }
        return List.copyOf(unique);
    }
}
