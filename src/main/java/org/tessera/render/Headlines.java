package org.tessera.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        tiles.add(tile(f.number(BigDecimal.valueOf(h.programmes())), t.get("headline.programmes")));
        if (h.countries() > 0) {
            tiles.add(tile(f.number(BigDecimal.valueOf(h.countries())), t.get("headline.countries")));
        }
        if (h.totalBudget().signum() > 0) {
            tiles.add(tile(f.compactMoney(h.totalBudget(), h.currency()), t.get("headline.budget")));
        }
        h.fundsMobilized().ifPresent(m -> tiles.add(tile(f.compactMoney(m, ctx.figures().donors()
                .map(d -> d.currency()).orElse(h.currency())), t.get("headline.mobilized"))));
        h.genderAOrBShare().ifPresent(s -> tiles.add(tile(f.percent(s), ctx.edition().site().genderMarkerTarget()
                .map(target -> t.format("headline.gender.target", f.percent(target))).orElse(t.get("headline.gender")))));
        return tiles;
    }

    private static Map<String, String> tile(String figure, String label) {
        return Map.of("figure", figure, "label", label);
    }
}
