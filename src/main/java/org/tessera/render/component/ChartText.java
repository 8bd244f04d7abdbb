package org.tessera.render.component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tessera.model.Chart;
import org.tessera.model.Column;
import org.tessera.render.RenderContext;

/** The words of a chart for readers who cannot see it: a description that gives its first figures. */
public final class ChartText {

    private static final int NAMED = 5;

    private ChartText() {
    }

    /** "Bar chart of Contribution by Donor: Germany USD 19,569,912; United States USD 10,000,000; … and 14 more in the data table." */
    public static String describe(Chart.Type type, ChartRows rows, RenderContext ctx) {
        List<String> items = new ArrayList<>();
        for (int c = 0; c < Math.min(NAMED, rows.size()); c++) {
            final int category = c;
            String figures = java.util.stream.IntStream.range(0, rows.series().size())
                    .mapToObj(s -> figure(rows.series().get(s), rows.value(s, category), ctx))
                    .collect(Collectors.joining(", "));
            items.add(rows.categories().get(c) + " " + figures);
        }
        String list = String.join("; ", items);
        if (rows.size() > NAMED) {
            list += "; " + ctx.messages().format("chart.more", ctx.formats().number(BigDecimal.valueOf(rows.size() - NAMED)));
        }
        String series = rows.series().stream().map(Column::label).collect(Collectors.joining(", "));
        return ctx.messages().format("chart.description", ctx.messages().get("chart.type." + type.name().toLowerCase(java.util.Locale.ROOT)),
                series, rows.category().label(), list);
    }

    private static String figure(Column column, Optional<BigDecimal> value, RenderContext ctx) {
        return value.map(v -> CellText.number(column, v, ctx.formats())).orElse(CellText.EMPTY);
    }
}
