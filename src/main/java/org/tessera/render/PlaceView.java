package org.tessera.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tessera.model.Edition;
import org.tessera.model.Money;
import org.tessera.model.Programme;

/**
 * A country's or region's page: the programmes working there, with their status, budget and period, and totals
 * computed from the same figures as everywhere else. A programme in several places is listed on each, its whole
 * budget counted once on each page and marked as shared.
 */
final class PlaceView {

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

    static Map<String, Object> view(String place, RenderContext ctx) {
        List<Programme> here = ctx.edition().programmes().stream().filter(p -> p.countries().contains(place)).toList();
        List<Map<String, Object>> cards = new ArrayList<>();
        for (Programme p : here) {
            Map<String, Object> card = new java.util.LinkedHashMap<>(ProgrammeView.card(p, ctx));
            card.put("shared", p.countries().size() > 1);
            cards.add(card);
        }
        String currency = here.stream().flatMap(p -> p.budget().stream()).map(Money::currency).findFirst().orElse("USD");
        BigDecimal budget = here.stream().flatMap(p -> p.budget().stream()).map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal received = here.stream().flatMap(p -> p.received().stream()).map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Messages t = ctx.messages();
        String summary = t.format("place.summary", here.size(),
                count(here, Programme.Status.ACTIVE), count(here, Programme.Status.PIPELINE), count(here, Programme.Status.CLOSED),
                ctx.formats().money(budget, currency), ctx.formats().money(received, currency));
        return Map.of("kind", t.get(Programme.isCountryCode(place) ? "place.country" : "place.region"), "summary", summary,
                "cards", cards, "shared", here.stream().anyMatch(p -> p.countries().size() > 1));
    }

    private static long count(List<Programme> programmes, Programme.Status status) {
        return programmes.stream().filter(p -> p.status() == status).count();
    }
}
