package org.tessera.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chart of a story with the id of its own page ({@code charts/<id>/}, to share or embed it): the block's {@code id:}
 * or else its story's address and its order among the story's charts, so that it stays the same from build to build
 * whatever is written above it.
 *
 * @param page the address of the page that shows the chart in its story ("programmes/tajikistan/")
 */
public record ChartPage(String id, Chart chart, Story story, String page) {

    /** The charts of the edition's stories, programmes first then pages, each id once (the first chart keeps it). */
    public static List<ChartPage> of(Edition edition) {
        Map<String, ChartPage> byId = new LinkedHashMap<>();
        for (ChartPage chart : all(edition)) {
            byId.putIfAbsent(chart.id(), chart);
        }
        return List.copyOf(byId.values());
    }

    /** Warnings for a chart whose id another chart took first: it gets no page of its own. */
    public static List<Problem> conflicts(Edition edition) {
        Map<String, ChartPage> byId = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (ChartPage chart : all(edition)) {
            ChartPage first = byId.putIfAbsent(chart.id(), chart);
            if (first != null) {
                problems.add(Problem.warning(chart.chart().at(), "the chart id \"" + chart.id() + "\" is taken by a chart of "
                        + first.story().file() + ":" + first.chart().at().line() + "; give this chart another id so that "
                        + "it gets a page of its own (charts/<id>/) to share or embed"));
            }
        }
        return problems;
    }

    private static List<ChartPage> all(Edition edition) {
        List<ChartPage> charts = new ArrayList<>();
        for (Programme programme : edition.programmes()) {
            programme.story().ifPresent(s -> add(charts, s, SitePaths.programme(programme.id())));
        }
        edition.pages().forEach(p -> add(charts, p.story(), SitePaths.page(p.slug())));
        return charts;
    }

    private static void add(List<ChartPage> charts, Story story, String page) {
        int order = 0;
        for (Component component : story.components()) {
            if (component instanceof Chart chart) {
                order++;
                String id = chart.id().map(SitePaths::slug).filter(s -> !s.isEmpty())
                        .orElse(SitePaths.slug(page) + "-" + order);
                charts.add(new ChartPage(id, chart, story, page));
            }
        }
    }
}
