package org.tessera.render.component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tessera.model.SitePaths;
import org.tessera.model.Theme;
import org.tessera.render.Html;
import org.tessera.render.Messages;
import org.tessera.render.RenderContext;
import org.tessera.util.Colours;

/**
 * The world map of the home page, the countries page and the brochure item {@code map}: an SVG drawn from the
 * boundaries resource (Natural Earth 1:110m, see tools/world-map), each country with programmes shaded by how many
 * and linked to its page, a marker where a country is too small to see, and the same figures as a table.
 */
public final class WorldMap {

    /** Countries smaller than this, in map units (the map is 1000 wide), get a marker as well as their shape. */
    private static final double VISIBLE = 8;
    private static final String LAND = "#E4E9EE";
    private static final String OUTLINE = "#FFFFFF";

    private WorldMap() {
    }

    /** The map figure of {@code counts} (programmes by ISO country code); links relative to {@code ctx.root()}. */
    public static String html(Map<String, Integer> counts, RenderContext ctx) {
        return html(counts, ctx, false);
    }

    /**
     * The map figure; in {@code print} its table follows it, open, rather than folded under "Show the data". The SVG
     * is the same, drawn as vectors in the PDF.
     */
    public static String html(Map<String, Integer> counts, RenderContext ctx, boolean print) {
        Messages t = ctx.messages();
        Shading shading = Shading.of(counts.values().stream().mapToInt(Integer::intValue).max().orElse(0),
                primary(ctx));
        StringBuilder html = new StringBuilder("<figure class=\"map\" id=\"world-map\">\n<figcaption class=\"chart__title\">")
                .append(Html.escape(t.get("map.title"))).append("</figcaption>\n<div class=\"map__svg\">");
        svg(html, counts, shading, ctx, print);
        html.append("</div>\n").append(legend(shading, counts, ctx, print));
        if (print) {
            html.append(table(counts, ctx));
        } else {
            html.append("<details class=\"chart__data\"><summary>").append(Html.escape(t.get("chart.data")))
                    .append("</summary>\n").append(table(counts, ctx)).append("</details>\n");
        }
        html.append("<p class=\"chart__source source-line\">").append(Html.escape(t.format("chart.source",
                ctx.edition().site().publisher() + ", " + ctx.formats().editionDate(ctx.edition().site().edition()))))
                .append(" · ").append(Html.escape(t.get("map.boundaries"))).append("</p>\n");
        html.append("<p class=\"map__disclaimer note\">").append(Html.escape(t.get("map.disclaimer"))).append("</p>\n");
        return html.append("</figure>\n").toString();
    }

    private static void svg(StringBuilder html, Map<String, Integer> counts, Shading shading, RenderContext ctx, boolean print) {
        Boundaries world = Boundaries.world();
        html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(world.viewBox()).append("\"");
        if (print) { // a PDF's figure needs its words (PDF/UA); on the web the links inside speak for themselves
            html.append(" alt=\"").append(Html.escape(ctx.messages().get("map.alt"))).append("\"");
        }
        html.append(" role=\"group\" aria-label=\"").append(Html.escape(ctx.messages().get("map.title")))
                .append("\">\n<g fill=\"").append(LAND).append("\" stroke=\"").append(OUTLINE)
                .append("\" stroke-width=\".5\" fill-rule=\"evenodd\" aria-hidden=\"true\">");
        for (Boundaries.Shape shape : world.shapes()) {
            if (!counts.containsKey(shape.code()) && !shape.path().isEmpty()) {
                html.append("<path d=\"").append(shape.path()).append("\"/>");
            }
        }
        html.append("</g>\n");
        List<Boundaries.Shape> markers = new ArrayList<>();
        for (Boundaries.Shape shape : world.shapes()) {
            if (counts.containsKey(shape.code())) {
                link(html, shape, counts.get(shape.code()), shading, ctx);
                if (shape.size() < VISIBLE) {
                    markers.add(shape);
                }
            }
        }
        // Markers last, above every shape, so that no neighbour hides them.
        for (Boundaries.Shape shape : markers) {
            html.append("<a href=\"").append(href(shape.code(), ctx)).append("\" class=\"map__marker\" aria-label=\"")
                    .append(Html.escape(label(shape.code(), counts.get(shape.code()), ctx))).append("\"><circle cx=\"")
                    .append(shape.x()).append("\" cy=\"").append(shape.y()).append("\" r=\"5\" fill=\"")
                    .append(shading.colour(counts.get(shape.code()))).append("\" stroke=\"")
                    .append(primary(ctx)).append("\" stroke-width=\"1.5\"><title>")
                    .append(Html.escape(label(shape.code(), counts.get(shape.code()), ctx))).append("</title></circle></a>\n");
        }
        html.append("</svg>");
    }

    private static void link(StringBuilder html, Boundaries.Shape shape, int count, Shading shading, RenderContext ctx) {
        if (shape.path().isEmpty()) {
            return; // only a marker: too small for the map's scale
        }
        html.append("<a href=\"").append(href(shape.code(), ctx)).append("\" aria-label=\"")
                .append(Html.escape(label(shape.code(), count, ctx))).append("\"><path d=\"").append(shape.path())
                .append("\" fill=\"").append(shading.colour(count)).append("\" stroke=\"").append(OUTLINE)
                .append("\" stroke-width=\".5\" fill-rule=\"evenodd\"><title>")
                .append(Html.escape(label(shape.code(), count, ctx))).append("</title></path></a>\n");
    }

    /** The theme's primary colour, whose shades the map uses. */
    private static String primary(RenderContext ctx) {
        return ctx.edition().site().theme().map(Theme::primaryColour).orElse(Theme.NAVY);
    }

    private static String href(String code, RenderContext ctx) {
        return Html.escape(ctx.root() + SitePaths.country(code));
    }

    /** "Tajikistan: 1 programme". */
    private static String label(String code, int count, RenderContext ctx) {
        return ctx.formats().country(code) + ": " + ctx.messages().format("listing.count", count);
    }

    /**
     * The legend: a swatch per shade, and the marker where one is drawn. In print the swatch is the entry's left
     * border: an empty inline box before text leaves that text out of the PDF's tags.
     */
    private static String legend(Shading shading, Map<String, Integer> counts, RenderContext ctx, boolean print) {
        StringBuilder html = new StringBuilder("<ul class=\"map__legend\">");
        for (Shading.Step step : shading.steps()) {
            html.append(print ? "<li style=\"border-left-color:" + step.colour() + "\">"
                    : "<li><span class=\"map__swatch\" style=\"background:" + step.colour() + "\"></span>");
            html.append(Html.escape(step.label(ctx))).append("</li>");
        }
        boolean marked = counts.keySet().stream().anyMatch(c -> Boundaries.world().shape(c).map(s -> s.size() < VISIBLE).orElse(false));
        if (marked) {
            html.append(print ? "<li class=\"map__legend-marker\">" : "<li><span class=\"map__swatch map__swatch--marker\"></span>")
                    .append(Html.escape(ctx.messages().get("map.marker"))).append("</li>");
        }
        return html.append("</ul>\n").toString();
    }

    /** The twin of the map: every country with programmes, most programmes first, each linked to its page. */
    private static String table(Map<String, Integer> counts, RenderContext ctx) {
        Messages t = ctx.messages();
        StringBuilder html = new StringBuilder("<div class=\"table-scroll\"><table class=\"data\">\n<caption class=\"visually-hidden\">")
                .append(Html.escape(t.get("map.title"))).append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(Html.escape(t.get("place.country"))).append("</th><th scope=\"col\" class=\"num\">")
                .append(Html.escape(t.get("programmes.title"))).append("</th></tr></thead>\n<tbody>\n");
        counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(e -> ctx.formats().country(e.getKey())))
                .forEach(e -> html.append("<tr><th scope=\"row\"><a href=\"").append(href(e.getKey(), ctx)).append("\">")
                        .append(Html.escape(ctx.formats().country(e.getKey()))).append("</a></th><td class=\"num\">")
                        .append(ctx.formats().number(java.math.BigDecimal.valueOf(e.getValue()))).append("</td></tr>\n"));
        return html.append("</tbody>\n</table></div>\n").toString();
    }

    /** Shades of the theme's primary colour by number of programmes: steps 1, 2, 5, 10, 20, 50 … up to the largest. */
    record Shading(List<Step> steps) {

        /** Countries with at least {@code from} programmes (and fewer than the next step's) take {@code colour}. */
        record Step(int from, int to, String colour) {
            String label(RenderContext ctx) {
                String from = ctx.formats().number(java.math.BigDecimal.valueOf(this.from));
                if (to == this.from) {
                    return ctx.messages().format("listing.count", this.from);
                }
                return to == Integer.MAX_VALUE ? ctx.messages().format("map.step.more", from)
                        : ctx.messages().format("map.step.range", from, ctx.formats().number(java.math.BigDecimal.valueOf(to)));
            }
        }

        static Shading of(int max, String primary) {
            List<Integer> starts = new ArrayList<>();
            for (int step = 1, k = 0; step <= Math.max(max, 1); step = k % 3 == 1 ? step * 5 / 2 : step * 2, k++) {
                starts.add(step);
            }
            while (starts.size() > 5) {
                starts.remove(1); // keep "1" and the four largest steps
            }
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                boolean last = i == starts.size() - 1;
                int to = last ? (starts.get(i) == max ? max : Integer.MAX_VALUE) : starts.get(i + 1) - 1;
                double share = starts.size() == 1 ? 0.8 : 0.3 + 0.7 * i / (starts.size() - 1);
                steps.add(new Step(starts.get(i), to, Colours.mix(primary, "#FFFFFF", share)));
            }
            return new Shading(List.copyOf(steps));
        }

        String colour(int count) {
            String colour = steps.get(0).colour();
            for (Step step : steps) {
                if (count >= step.from()) {
                    colour = step.colour();
                }
            }
            return colour;
        }
    }
}
