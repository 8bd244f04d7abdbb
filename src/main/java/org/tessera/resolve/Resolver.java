package org.tessera.resolve;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tessera.model.Donor;
import org.tessera.model.Edition;
import org.tessera.model.Indicator;
import org.tessera.model.Programme;

/** Computes every figure the pages print from a checked edition. */
public final class Resolver {

    private Resolver() {
    }

    public static Figures resolve(Edition edition) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (Indicator indicator : edition.indicators()) {
            indicator.current().ifPresent(v -> values.put(indicator.code(), v));
        }
        Optional<DonorSummary> donors = edition.hasDonors() ? Optional.of(donors(edition)) : Optional.empty();
        return new Figures(Map.copyOf(values), headline(edition, donors), donors, new RowIndex());
    }

    static DonorSummary donors(Edition edition) {
        List<Donor> sorted = edition.donors().stream()
                .sorted(Comparator.comparing(Donor::amount).reversed().thenComparing(Donor::name)).toList();
        BigDecimal total = sorted.stream().map(Donor::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String currency = sorted.isEmpty() ? "USD" : sorted.get(0).currency();
        Optional<BigDecimal> share = edition.site().target()
                .filter(t -> t.amount().signum() > 0)
                .map(t -> total.multiply(BigDecimal.valueOf(100)).divide(t.amount(), 1, RoundingMode.HALF_UP));
        return new DonorSummary(sorted, total, currency, share);
    }

    static Headline headline(Edition edition, Optional<DonorSummary> donors) {
        List<Programme> programmes = edition.programmes();
        TreeSet<String> countries = new TreeSet<>();
        Map<String, Integer> markers = new TreeMap<>();
        for (Programme p : programmes) {
            p.countries().stream().filter(Programme::isCountryCode).forEach(countries::add);
            p.markers().gender().ifPresent(g -> markers.merge(g, 1, Integer::sum));
        }
        ProgrammeTotals totals = ProgrammeTotals.of(programmes);
        return new Headline(totals.programmes(), totals.active(), totals.pipelineProgrammes(), countries.size(),
                totals.budget(), totals.received(), totals.currency(), donors.map(DonorSummary::total), Map.copyOf(markers));
    }
}
