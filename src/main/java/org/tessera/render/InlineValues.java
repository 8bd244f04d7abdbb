package org.tessera.render;

/** {@code {{< value CODE >}}} in prose: the indicator's current value, formatted, marked up as a figure. */
final class InlineValues {

    private InlineValues() {
    }

    static String render(String code, RenderContext ctx) {
        return ctx.edition().indicator(code).flatMap(indicator -> ctx.figures().indicatorValue(code)
                        .map(v -> "<span class=\"figure\" data-indicator=\"" + Html.escape(code) + "\" title=\""
                                + Html.escape(indicator.statement()) + "\">"
                                + Html.escape(ResultsFramework.value(indicator, v, ctx)) + "</span>"))
                .orElse(Html.escape(code));
    }
}
