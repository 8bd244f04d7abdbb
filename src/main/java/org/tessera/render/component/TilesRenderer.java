package org.tessera.render.component;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tessera.model.HeadlineFigure;
import org.tessera.model.Indicator;
import org.tessera.model.SitePaths;
import org.tessera.model.Tile;
import org.tessera.model.Tiles;
import org.tessera.render.Formats;
import org.tessera.render.Html;
import org.tessera.render.RenderContext;

/**
 * Key-achievement tiles: a figure set large, a short label under it, the country above. A tile from an
 * indicator links to the indicator's row in its programme's results framework.
 */
public final class TilesRenderer {

    /** Numbers as editions write them: 74, 4,970, 2 263, 99.6, 100%. Anything else is shown as written. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}([, \u00a0\u202f]\\d{3})+|\\d+)(\\.\\d+)?\\s?%?");

    private TilesRenderer() {
    }

    public static String render(Tiles tiles, RenderContext ctx) {
        return render(tiles, "tiles", ctx);
    }

    /** The home page's headline figures: the tiles site.yml lists, else those the tool chooses. */
    public static String headlines(RenderContext ctx) {
        Tiles chosen = ctx.edition().site().headlines().orElseGet(() -> new Tiles(java.util.Arrays.stream(HeadlineFigure.values())
                .filter(f -> f != HeadlineFigure.RECEIVED && ComputedFigures.present(f, ctx))
                .map(f -> Tile.of(f, ctx.edition().site().at())).toList(), ctx.edition().site().at()));
        return render(chosen, "tiles tiles--headline", ctx);
    }

    private static String render(Tiles tiles, String classes, RenderContext ctx) {
        StringBuilder html = new StringBuilder("<ul class=\"" + classes + "\">\n");
        for (Tile tile : tiles.tiles()) {
            html.append(tile(tile, ctx)).append('\n');
        }
        return html.append("</ul>\n").toString();
    }

    static String tile(Tile tile, RenderContext ctx) {
        Optional<Indicator> indicator = tile.indicator().flatMap(ctx.edition()::indicator);
        Formats formats = ctx.formats();
        Figure figure = indicator.flatMap(i -> ctx.figures().indicatorValue(i.code()).map(v -> Figure.of(
                        indicatorFigure(i, v, formats), v, tile.compact() && i.unit() != Indicator.Unit.PERCENT, formats)))
                .or(() -> tile.value().map(v -> literal(v, tile.compact(), formats)))
                .or(() -> tile.figure().map(f -> ComputedFigures.figure(f, ctx)))
                .orElse(Figure.exact(CellText.EMPTY));
        String label = tile.label().or(() -> indicator.map(TilesRenderer::statement))
                .or(() -> tile.figure().map(f -> ComputedFigures.label(f, ctx))).orElse("");
        StringBuilder html = new StringBuilder("<li class=\"tile\">");
        tile.country().ifPresent(c -> html.append("<span class=\"tile__country\">")
                .append(Html.escape(formats.country(c))).append("</span>"));
        String body = TileFigure.html(figure.shown(), figure.exact()) + " <span class=\"tile__label\">"
                + Html.escape(label) + "</span>";
        if (indicator.isPresent()) {
            html.append("<a class=\"tile__link\" href=\"").append(Html.escape(indicatorHref(indicator.get(), ctx)))
                    .append("\" data-indicator=\"").append(Html.escape(indicator.get().code())).append("\">")
                    .append(body).append("</a>");
        } else {
            html.append(body);
        }
        return html.append("</li>").toString();
    }

    /** Where an indicator's figure comes from: its row in the results framework of its programme. */
    public static String indicatorHref(Indicator indicator, RenderContext ctx) {
        return ctx.root() + SitePaths.programme(indicator.programme()) + "#" + indicator.code();
    }

    /** An indicator's figure in its unit: 2,263 for a count, 94% for a percent. */
    public static String indicatorFigure(Indicator indicator, BigDecimal value, Formats formats) {
        return indicator.unit() == Indicator.Unit.PERCENT ? formats.percent(value) : formats.number(value);
    }

    /** What a tile shows, and the exact figure a screen reader reads instead where the shown one is in words. */
    record Figure(String shown, String exact) {
        static Figure exact(String text) {
            return new Figure(text, text);
        }

        /** {@code exact}, or the value in words (207.6 million) when the author asks for {@code format: compact}. */
        static Figure of(String exact, BigDecimal value, boolean compact, Formats formats) {
            return new Figure(compact ? formats.compactWords(value) : exact, exact);
        }
    }

    /** A literal figure: numbers are set in the edition's language (4,970 or 4 970), other text as written. */
    static Figure literal(String written, boolean compact, Formats formats) {
        String text = written.strip();
        if (!NUMBER.matcher(text).matches()) {
            return Figure.exact(text);
        }
        boolean percent = text.endsWith("%");
        String digits = text.replace("%", "").replaceAll("[, \u00a0\u202f]", "");
        BigDecimal value = new BigDecimal(digits);
        return percent ? Figure.exact(formats.percent(value)) : Figure.of(formats.number(value), value, compact, formats);
    }

    /** An indicator statement read under its figure: "# of women trained" → "women trained", "% of …" → "of …". */
    static String statement(Indicator indicator) {
        String text = indicator.statement().strip();
        if (text.startsWith("#")) {
            return text.replaceFirst("^#\\s*(of\\s+)?", "");
        }
        return text.startsWith("%") ? text.replaceFirst("^%\\s*", "") : text;
    }
}
