package org.tessera.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tessera.render.component.TileFigure;
import org.tessera.resolve.Headline;

/** The home page's headline figures, computed from the content: programmes, countries, budget, funds. */
final class Headlines {

    private Headlines() {
    }

    static List<Map<String, String>> tiles(RenderContext ctx) {
        Headline h = ctx.figures().headline();
        Messages t = ctx.messages();
        Formats f = ctx.formats();
        List<Map<String, String>> tiles = new ArrayList<>();
        String programmes = f.number(BigDecimal.valueOf(h.programmes()));
        tiles.add(tile(programmes, programmes, t.get("headline.programmes")));
        if (h.countries() > 0) {
            String countries = f.number(BigDecimal.valueOf(h.countries()));
            tiles.add(tile(countries, countries, t.get("headline.countries")));
        }
        if (h.totalBudget().signum() > 0) {
            tiles.add(money(h.totalBudget(), h.currency(), t.get("headline.budget"), f));
        }
        h.fundsMobilized().ifPresent(m -> tiles.add(money(m, ctx.figures().donors().map(d -> d.currency())
                .orElse(h.currency()), t.get("headline.mobilized"), f)));
        h.genderAOrBShare().ifPresent(s -> tiles.add(tile(f.percent(s), f.percent(s), ctx.edition().site().genderMarkerTarget()
                .map(target -> t.format("headline.gender.target", f.percent(target))).orElse(t.get("headline.gender")))));
        return tiles;
    }

    /** An amount in words (USD 57.4 million), read out in full to screen readers (USD 57,398,734). */
    private static Map<String, String> money(BigDecimal amount, String currency, String label, Formats f) {
        return tile(f.compactMoney(amount, currency), f.money(amount, currency), label);
    }

    /** {@code figure} is HTML: the figure as a tile sets it. */
    private static Map<String, String> tile(String shown, String exact, String label) {
        return Map.of("figure", TileFigure.html(shown, exact), "label", label);
    }
}
