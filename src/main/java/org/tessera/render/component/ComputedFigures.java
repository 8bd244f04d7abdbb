package org.tessera.render.component;

import java.math.BigDecimal;
import java.util.Optional;
import org.tessera.model.HeadlineFigure;
import org.tessera.render.Formats;
import org.tessera.render.Messages;
import org.tessera.render.RenderContext;
import org.tessera.resolve.Headline;

/**
 * The figures a tile can ask the tool for ({@code figure: budget}), from the resolved headline: what each shows,
 * what a screen reader hears, and the label it takes when the author gives none.
 */
final class ComputedFigures {

    private ComputedFigures() {
    }

    /** Whether the edition has the figure: a budget needs budgets, "mobilized" needs donors, and so on. */
    static boolean present(HeadlineFigure figure, RenderContext ctx) {
        Headline h = ctx.figures().headline();
        return switch (figure) {
            case PROGRAMMES -> true;
            case COUNTRIES -> h.countries() > 0;
            case BUDGET -> h.totalBudget().signum() > 0;
            case RECEIVED -> h.totalReceived().signum() > 0;
            case MOBILIZED -> h.fundsMobilized().isPresent();
            case GENDER_SHARE -> h.genderAOrBShare().isPresent();
        };
    }

    static TilesRenderer.Figure figure(HeadlineFigure figure, RenderContext ctx) {
        Headline h = ctx.figures().headline();
        Formats f = ctx.formats();
        return switch (figure) {
            case PROGRAMMES -> TilesRenderer.Figure.exact(f.number(BigDecimal.valueOf(h.programmes())));
            case COUNTRIES -> TilesRenderer.Figure.exact(f.number(BigDecimal.valueOf(h.countries())));
            case BUDGET -> money(Optional.of(h.totalBudget()), h.currency(), f);
            case RECEIVED -> money(Optional.of(h.totalReceived()), h.currency(), f);
            case MOBILIZED -> money(h.fundsMobilized(), ctx.figures().donors().map(d -> d.currency()).orElse(h.currency()), f);
            case GENDER_SHARE -> h.genderAOrBShare().map(s -> TilesRenderer.Figure.exact(f.percent(s)))
                    .orElse(TilesRenderer.Figure.exact(CellText.EMPTY));
        };
    }

    /** An amount in words (USD 57.4 million), read out in full to screen readers (USD 57,398,734). */
    private static TilesRenderer.Figure money(Optional<BigDecimal> amount, String currency, Formats f) {
        return amount.map(a -> new TilesRenderer.Figure(f.compactMoney(a, currency), f.money(a, currency)))
                .orElse(TilesRenderer.Figure.exact(CellText.EMPTY));
    }

    static String label(HeadlineFigure figure, RenderContext ctx) {
        Messages t = ctx.messages();
        if (figure == HeadlineFigure.GENDER_SHARE) {
            return ctx.edition().site().genderMarkerTarget()
                    .map(target -> t.format("headline.gender.target", ctx.formats().percent(target))).orElse(t.get("headline.gender"));
        }
        return t.get("headline." + switch (figure) {
            case PROGRAMMES -> "programmes";
            case COUNTRIES -> "countries";
            case BUDGET -> "budget";
            case RECEIVED -> "received";
            case MOBILIZED -> "mobilized";
            case GENDER_SHARE -> "gender";
        });
    }
}
