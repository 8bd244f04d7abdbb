package org.tessera.render;

import org.tessera.render.component.TilesRenderer;

/**
 * {@code {{< value CODE >}}} in prose: the indicator's current value, formatted as tiles format it, and linked
 * like a tile to the indicator's row in its programme's results framework.
 */
final class InlineValues {

    private InlineValues() {
    }

    static String render(String code, RenderContext ctx) {
        return ctx.edition().indicator(code).flatMap(indicator -> ctx.figures().indicatorValue(code)
                        .map(v -> "<a class=\"figure\" href=\"" + Html.escape(TilesRenderer.indicatorHref(indicator, ctx))
                                + "\" data-indicator=\"" + Html.escape(code) + "\" title=\""
                                + Html.escape(indicator.statement()) + "\">"
                                + Html.escape(TilesRenderer.indicatorFigure(indicator, v, ctx.formats())) + "</a>"))
                .orElse(Html.escape(code));
    }
}
