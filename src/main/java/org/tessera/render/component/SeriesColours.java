package org.tessera.render.component;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.model.Chart;
import org.tessera.model.Component;
import org.tessera.model.Dataset;
import org.tessera.model.Story;
import org.tessera.render.RenderContext;

/**
 * The colours of the series of one page's charts: a series (by the name its legend shows) keeps one colour in
 * every chart of the page, and no two series of one chart share a colour. Worked out from the page's story alone,
 * so the page on the web and its section in a brochure colour their charts alike.
 *
 * <p>In the order the charts stand, each series new to the page takes the colour of its column's place among its
 * dataset's value columns (as {@link Palette#assign} would) when no series of the page has it yet, else the first
 * colour no series of the page has, else the first its chart leaves free.
 */
public final class SeriesColours {

    /** Outside a story (the donors page, a chart rendered alone): each chart on its own, by {@link Palette#assign}. */
    public static final SeriesColours NONE = new SeriesColours(Map.of());

    private final Map<String, Integer> slots;

    private SeriesColours(Map<String, Integer> slots) {
        this.slots = Map.copyOf(slots);
    }

    /** Equal colours colour a chart alike: a chart drawn for its story's page serves its own page too ({@link ChartDrawings}). */
    @Override
    public boolean equals(Object other) {
        return other instanceof SeriesColours colours && slots.equals(colours.slots);
    }

    @Override
    public int hashCode() {
        return slots.hashCode();
    }

    /** The colours of the charts of {@code story}. */
    public static SeriesColours of(Story story, RenderContext ctx) {
        Map<String, Integer> slots = new LinkedHashMap<>();
        for (Component component : story.components()) {
            if (component instanceof Chart chart && chart.type() != Chart.Type.DONUT && chart.type() != Chart.Type.PROGRESS) {
                Dataset data = ctx.edition().datasets().get(chart.data());
                if (data != null) {
                    place(ChartBuilder.series(chart, data, ctx), slots);
                }
            }
        }
        return slots.isEmpty() ? NONE : new SeriesColours(slots);
    }

    private static void place(ChartRows rows, Map<String, Integer> slots) {
        Set<Integer> chart = new HashSet<>();
        List<Integer> fresh = new ArrayList<>();
        for (int s = 0; s < rows.series().size(); s++) {
            Integer known = slots.get(rows.series().get(s).label());
            if (rows.identities().get(s) != ChartRows.OTHER && known != null) {
                chart.add(known);
            } else if (rows.identities().get(s) != ChartRows.OTHER) {
                fresh.add(s);
            }
        }
        for (int s : fresh) {
            Set<Integer> page = new HashSet<>(slots.values());
            int preferred = Math.floorMod(rows.identities().get(s), Palette.SERIES.size());
            int slot = !page.contains(preferred) && !chart.contains(preferred) ? preferred
                    : firstFree(page, chart).or(() -> firstFree(Set.of(), chart)).orElse(preferred);
            slots.putIfAbsent(rows.series().get(s).label(), slot);
            chart.add(slot);
        }
    }

    private static Optional<Integer> firstFree(Set<Integer> page, Set<Integer> chart) {
        for (int slot = 0; slot < Palette.SERIES.size(); slot++) {
            if (!page.contains(slot) && !chart.contains(slot)) {
                return Optional.of(slot);
            }
        }
        return Optional.empty();
    }

    /** One chart's colours, series by series: the page's colour of each, unless a series before it in this chart took it. */
    public List<Color> of(ChartRows rows) {
        List<Color> fallback = Palette.assign(rows.identities());
        Set<Integer> taken = new HashSet<>();
        Integer[] chosen = new Integer[rows.series().size()];
        for (int s = 0; s < chosen.length; s++) {
            Integer slot = slots.get(rows.series().get(s).label());
            if (rows.identities().get(s) != ChartRows.OTHER && slot != null && taken.add(slot)) {
                chosen[s] = slot;
            }
        }
        List<Color> colours = new ArrayList<>();
        for (int s = 0; s < chosen.length; s++) {
            if (chosen[s] != null) {
                colours.add(Palette.series(chosen[s]));
            } else if (rows.identities().get(s) == ChartRows.OTHER || slots.isEmpty()) {
                colours.add(fallback.get(s));
            } else {
                int slot = firstFree(Set.of(), taken).orElse(0);
                taken.add(slot);
                colours.add(Palette.series(slot));
            }
        }
        return List.copyOf(colours);
    }
}
