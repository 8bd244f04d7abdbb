package org.tessera.render.brochure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.tessera.model.Chart;
import org.tessera.model.Dataset;
import org.tessera.model.Row;
import org.tessera.model.SortOrder;
import org.tessera.render.RenderContext;

/**
 * A plain JFreeChart of a chart component, in the publication's blues: the brochure's own drawing until the
 * site's chart renderer provides one through {@link ChartSource}.
 */
public final class SimpleCharts implements ChartSource {

    private static final Color[] BLUES = {new Color(0x009edb), new Color(0x0b3a63), new Color(0x5bc2e7),
            new Color(0x4a5a6a), new Color(0x9fd8f0)};

    @Override
    public Optional<JFreeChart> chart(Chart chart, RenderContext ctx) {
        Dataset data = ctx.edition().datasets().get(chart.data());
        if (data == null || data.columnIndex(chart.x()).isEmpty()
                || chart.y().stream().anyMatch(y -> data.columnIndex(y).isEmpty())) {
            return Optional.empty();
        }
        List<Row> rows = rows(chart, data);
        return Optional.of(switch (chart.type()) {
            case DONUT, PROGRESS -> donut(chart, data, rows);
            default -> categories(chart, data, rows, ctx);
        });
    }

    /** Rows after where, sort and top, as the content model orders them. */
    static List<Row> rows(Chart chart, Dataset data) {
        List<Row> rows = new ArrayList<>();
        for (Row row : data.dataRows()) {
            boolean kept = chart.where().equals().entrySet().stream().allMatch(e -> data.columnIndex(e.getKey())
                    .map(i -> e.getValue().contains(row.cell(i).text().trim())).orElse(false));
            if (kept) {
                rows.add(row);
            }
        }
        int y = data.columnIndex(chart.y().get(0)).orElseThrow();
        chart.sort().ifPresent(order -> {
            Comparator<Row> byValue = Comparator.comparing(r -> value(r, y));
            rows.sort(order == SortOrder.DESC ? byValue.reversed() : byValue);
        });
        int top = chart.top().orElse(rows.size());
        return List.copyOf(rows.subList(0, Math.min(top, rows.size())));
    }

    private static BigDecimal value(Row row, int column) {
        return column < row.cells().size() ? row.cell(column).number().orElse(BigDecimal.ZERO) : BigDecimal.ZERO;
    }

    private static JFreeChart categories(Chart chart, Dataset data, List<Row> rows, RenderContext ctx) {
        int x = data.columnIndex(chart.x()).orElseThrow();
        DefaultCategoryDataset values = new DefaultCategoryDataset();
        for (String series : chart.y()) {
            int y = data.columnIndex(series).orElseThrow();
            String label = data.columns().get(y).label();
            for (Row row : rows) {
                values.addValue(value(row, y), label, row.cell(x).text());
            }
        }
        CategoryItemRenderer renderer = switch (chart.type()) {
            case LINE -> new LineAndShapeRenderer(true, true);
            case STACKED -> new StackedBarRenderer();
            default -> new BarRenderer();
        };
        if (renderer instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setItemMargin(0.05);
        }
        for (int i = 0; i < chart.y().size(); i++) {
            renderer.setSeriesPaint(i, BLUES[i % BLUES.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        NumberAxis range = new NumberAxis();
        range.setNumberFormatOverride(NumberFormat.getNumberInstance(ctx.formats().locale()));
        CategoryPlot plot = new CategoryPlot(values, new CategoryAxis(), range, renderer);
        plot.setOrientation(chart.type() == Chart.Type.BAR ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xd5dde5));
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        JFreeChart drawn = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, chart.y().size() > 1);
        drawn.setBackgroundPaint(Color.WHITE);
        drawn.setPadding(new RectangleInsets(2, 2, 2, 24)); // room for the last tick label
        return drawn;
    }

    private static JFreeChart donut(Chart chart, Dataset data, List<Row> rows) {
        int x = data.columnIndex(chart.x()).orElseThrow();
        int y = data.columnIndex(chart.y().get(0)).orElseThrow();
        DefaultPieDataset<String> values = new DefaultPieDataset<>();
        for (Row row : rows) {
            values.setValue(row.cell(x).text(), value(row, y));
        }
        RingPlot plot = new RingPlot(values);
        for (int i = 0; i < rows.size(); i++) {
            plot.setSectionPaint(rows.get(i).cell(x).text(), BLUES[i % BLUES.length]);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setShadowPaint(null);
        JFreeChart drawn = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        drawn.setBackgroundPaint(Color.WHITE);
        return drawn;
    }
}
