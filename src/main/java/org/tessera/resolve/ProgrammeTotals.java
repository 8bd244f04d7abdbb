package org.tessera.resolve;

import java.math.BigDecimal;
import java.util.List;
import org.tessera.model.Money;
import org.tessera.model.Programme;

/**
 * The totals of a set of programmes, the one rule every page that sums programmes follows (home page, country,
 * region, theme, objective and target pages, the map): each programme counted once however many places or tags it
 * has; a pipeline programme's budget is funding asked for, summed apart and never added to funds budgeted.
 *
 * @param budget   budgets of active and closed programmes, in {@code currency}
 * @param pipeline budgets of pipeline programmes: funding asked for
 * @param received funds the programmes have received
 */
public record ProgrammeTotals(int programmes, int active, int pipelineProgrammes, int closed, BigDecimal budget,
                              BigDecimal pipeline, BigDecimal received, String currency) {

    public static ProgrammeTotals of(List<Programme> programmes) {
        List<Programme> distinct = programmes.stream().distinct().toList();
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal pipeline = BigDecimal.ZERO;
        BigDecimal received = BigDecimal.ZERO;
        String currency = "USD";
        for (Programme p : distinct) {
            received = received.add(p.received().map(Money::amount).orElse(BigDecimal.ZERO));
            if (p.budget().isPresent()) {
                Money money = p.budget().get();
                if (p.status() == Programme.Status.PIPELINE) {
                    pipeline = pipeline.add(money.amount());
                } else {
                    budget = budget.add(money.amount());
                    currency = money.currency();
                }
            }
        }
        return new ProgrammeTotals(distinct.size(), count(distinct, Programme.Status.ACTIVE),
                count(distinct, Programme.Status.PIPELINE), count(distinct, Programme.Status.CLOSED), budget, pipeline,
                received, currency);
    }

    private static int count(List<Programme> programmes, Programme.Status status) {
        return (int) programmes.stream().filter(p -> p.status() == status).count();
    }
}
