package org.tessera.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tessera.model.Chart;
import org.tessera.model.Dataset;
import org.tessera.model.Column;
import org.tessera.model.Donor;
import org.tessera.model.Filter;
import org.tessera.model.Position;
import org.tessera.model.SortOrder;
import org.tessera.model.Target;
import org.tessera.resolve.DonorSummary;
import org.tessera.render.component.CellText;

/** The donors page and brochure section: contributors by amount, their total, and progress to the target. */
public final class DonorsView {

    private DonorsView() {
    }

    public static Map<String, Object> view(RenderContext ctx, ComponentRenderer components) {
        DonorSummary summary = ctx.figures().donors().orElseThrow();
        // In one currency, the amounts are bare and the header names it; in several, each amount names its own.
        boolean oneCurrency = summary.donors().stream().allMatch(d -> d.currency().equals(summary.currency()));
        List<Map<String, String>> rows = new ArrayList<>();
        for (Donor donor : summary.donors()) {
            rows.add(Map.of("donor", donor.name(), "kind", donor.kind(), "amount", oneCurrency
                    ? ctx.formats().amount(donor.amount()) : ctx.formats().money(donor.amount(), donor.currency())));
        }
        Optional<Dataset> data = Optional.ofNullable(ctx.edition().datasets().get("donors"));
        String amountLabel = label(data, "amount", ctx.messages().get("donors.amount"));
        String amountHeader = oneCurrency ? CellText.headed(amountLabel, summary.currency(), ctx.messages()) : amountLabel;
        Optional<Target> target = ctx.edition().site().target();
        String progress = summary.targetShare().flatMap(share -> target.map(t -> ctx.messages().format("donors.target",
                ctx.formats().percent(share), ctx.formats().compactMoney(t.amount(), t.currency()), t.label())
                + t.by().stream().mapToObj(by -> " " + ctx.messages().format("donors.target.by", String.valueOf(by)))
                .findFirst().orElse(""))).orElse("");
        return Map.of("rows", rows, "caption", data.filter(d -> !d.title().equals(d.name())).map(Dataset::title)
                        .orElse(ctx.messages().get("donors.title")),
                "donorHeader", label(data, "donor", ctx.messages().get("donors.donor")), "amountHeader", amountHeader, "total", oneCurrency ? ctx.formats().amount(summary.total())
                        : ctx.formats().money(summary.total(), summary.currency()),
                "progress", progress, "chart", components.render(chart(summary, ctx), ctx),
                "share", summary.targetShare().map(s -> s.min(java.math.BigDecimal.valueOf(100)).toPlainString()).orElse(""));
    }

    /** A column's label as donors.yml gives it; the interface's word where it gives none. */
    private static String label(Optional<Dataset> donors, String column, String word) {
        return donors.flatMap(d -> d.columnIndex(column).map(d.columns()::get))
                .map(Column::label).filter(l -> !l.equals(column)).orElse(word);
    }

    /** The contributors as a bar chart, largest first: the same chart a brochure's donors section shows. */
    static Chart chart(DonorSummary summary, RenderContext ctx) {
        return new Chart(Chart.Type.BAR, "donors", "donor", List.of("amount"),
                Optional.of(ctx.messages().format("donors.chart", summary.currency())), Optional.of(org.tessera.model.ChartSort.of(SortOrder.DESC)),
                java.util.OptionalInt.empty(), Filter.NONE, Optional.empty(), Optional.empty(), Position.of("content/data/donors.csv"));
    }
}
