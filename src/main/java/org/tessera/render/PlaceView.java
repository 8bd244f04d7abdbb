package org.tessera.render;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tessera.model.Edition;
import org.tessera.model.Programme;
import org.tessera.model.SitePaths;
import org.tessera.resolve.ProgrammeTotals;

/**
 * A country's or region's page: the programmes working there, with their status, budget and period, and totals
 * computed from the same figures as everywhere else. A programme in several places is listed on each, its whole
 * budget counted once on each page and marked as shared.
 */
public final class PlaceView {

    private PlaceView() {
    }

    /** Every entry of the programmes' countries, in the order first written: ISO codes and region names. */
    static Set<String> places(Edition edition) {
        Set<String> places = new LinkedHashSet<>();
        edition.programmes().forEach(p -> places.addAll(p.countries()));
        return places;
    }

    static String name(String place, RenderContext ctx) {
        return ctx.formats().country(place);
    }

    /** The programmes working in {@code place}, in listing order. */
    static List<Programme> programmes(String place, Edition edition) {
        return edition.programmes().stream().filter(p -> p.countries().contains(place)).toList();
    }

    static Map<String, Object> view(String place, RenderContext ctx) {
        Map<String, Object> view = new LinkedHashMap<>(ProgrammeListing.view(programmes(place, ctx.edition()),
                p -> p.countries().size() > 1, ctx));
        view.put("kind", ctx.messages().get(Programme.isCountryCode(place) ? "place.country" : "place.region"));
        view.put("description", "");
        view.put("nameLang", "");
        return view;
    }

    /** How many programmes work in each country (ISO code), for the map: a programme counts once in each of its countries. */
    public static Map<String, Integer> countsByCountry(Edition edition) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        places(edition).stream().filter(Programme::isCountryCode)
                .forEach(code -> counts.put(code, programmes(code, edition).size()));
        return counts;
    }

    /** The regions (entries of countries that are not ISO codes), each linked to its page with its totals. */
    static List<Map<String, Object>> regions(RenderContext ctx) {
        return places(ctx.edition()).stream().filter(place -> !Programme.isCountryCode(place))
                .map(region -> Map.<String, Object>of("name", region, "href", ctx.root() + SitePaths.region(region),
                        "brief", ProgrammeListing.brief(ProgrammeTotals.of(programmes(region, ctx.edition())), ctx)))
                .toList();
    }
}
