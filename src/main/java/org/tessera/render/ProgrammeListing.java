package org.tessera.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.tessera.model.Programme;
import org.tessera.resolve.ProgrammeTotals;

/**
 * Programmes listed with their status, budget and period, under a sentence of their totals: what the pages of a
 * country, a region, a thematic area, a Global Compact objective and an SDG target show, summed by one rule
 * ({@link ProgrammeTotals}).
 */
final class ProgrammeListing {

    private ProgrammeListing() {
    }

    /** The cards and totals of {@code programmes}; those {@code shared} are marked so (a place's page marks them). */
    static Map<String, Object> view(List<Programme> programmes, Predicate<Programme> shared, RenderContext ctx) {
        List<Map<String, Object>> cards = new ArrayList<>();
        for (Programme p : programmes) {
            Map<String, Object> card = new LinkedHashMap<>(ProgrammeView.card(p, ctx));
            card.put("shared", shared.test(p));
            cards.add(card);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("summary", summary(ProgrammeTotals.of(programmes), ctx));
        view.put("cards", cards);
        view.put("shared", programmes.stream().anyMatch(shared));
        return view;
    }

    /** "2 programmes: 1 active, 1 in the pipeline, 0 closed; budget USD 2,200,000, received USD 0; USD 3,000,000 sought …". */
    static String summary(ProgrammeTotals totals, RenderContext ctx) {
        Messages t = ctx.messages();
        String summary = t.format("listing.summary", totals.programmes(), totals.active(), totals.pipelineProgrammes(),
                totals.closed(), ctx.formats().money(totals.budget(), totals.currency()),
                ctx.formats().money(totals.received(), totals.currency()));
        return totals.pipeline().signum() == 0 ? summary
                : summary + t.format("listing.pipeline", ctx.formats().money(totals.pipeline(), totals.currency()));
    }

    /** "2 programmes · USD 2.2 million": an entry of an index page. */
    static String brief(ProgrammeTotals totals, RenderContext ctx) {
        String count = ctx.messages().format("listing.count", totals.programmes());
        return totals.budget().signum() == 0 ? count
                : count + " · " + ctx.formats().compactMoney(totals.budget(), totals.currency());
    }
}
