package org.tessera.resolve;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The edition's headline numbers for the home page.
 *
 * @param countries     distinct ISO countries the programmes work in (regions are not counted as countries)
 * @param totalBudget   sum of the budgets of active and closed programmes in {@code currency}: a pipeline
 *                      programme's budget is funding asked for, never added to funds budgeted
 * @param totalReceived sum of the funds programmes have received
 * @param genderMarkers programmes per gender marker letter
 */
public record Headline(int programmes, int activeProgrammes, int pipelineProgrammes, int countries,
                       BigDecimal totalBudget, BigDecimal totalReceived, String currency, Optional<BigDecimal> fundsMobilized,
                       Map<String, Integer> genderMarkers) {

    /** Share (0–100) of programmes with a gender marker that are marked A or B. */
    public Optional<BigDecimal> genderAOrBShare() {
        int marked = genderMarkers.values().stream().mapToInt(Integer::intValue).sum();
        if (marked == 0) {
            return Optional.empty();
        }
        int aOrB = genderMarkers.getOrDefault("A", 0) + genderMarkers.getOrDefault("B", 0);
        return Optional.of(BigDecimal.valueOf(aOrB * 100L).divide(BigDecimal.valueOf(marked), 1, java.math.RoundingMode.HALF_UP));
    }
}
