package org.tessera.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tessera.model.Money;
import org.tessera.model.Problem;
import org.tessera.model.Markers;
import org.tessera.model.Period;
import org.tessera.model.Programme;

/** Checks a programme's own facts: budget parts, markers against the assessment, period. */
final class ProgrammeChecks {

    private ProgrammeChecks() {
    }

    static List<Problem> check(Programme programme) {
        List<Problem> problems = new ArrayList<>();
        programme.budget().ifPresent(b -> checkParts("budget", b, problems));
        programme.received().ifPresent(r -> checkParts("received", r, problems));
        checkMarkers(programme, problems);
        programme.period().filter(Period::endsBeforeItStarts).ifPresent(p -> problems.add(Problem.error(p.at(),
                "the period ends (" + p.end() + ") before it starts (" + p.start() + ")")));
        return problems;
    }

    /** Where site.yml names the thematic areas, a programme's area should be one of them. */
    static List<Problem> checkThematicArea(Programme programme, Map<Integer, String> names) {
        if (names.isEmpty() || programme.thematicArea().isEmpty() || names.containsKey(programme.thematicArea().getAsInt())) {
            return List.of();
        }
        return List.of(Problem.warning(programme.thematicAreaAt(), "thematic area " + programme.thematicArea().getAsInt()
                + " has no name in site.yml's thematic_areas (it names " + names.keySet().stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", ")) + "); add its name there or correct the number"));
    }

    static void checkParts(String what, Money money, List<Problem> problems) {
        if (money.total().isEmpty() || money.byOrganization().isEmpty()) {
            return;
        }
        BigDecimal total = money.total().get();
        BigDecimal sum = money.sumOfParts();
        if (total.compareTo(sum) != 0) {
            problems.add(Problem.error(money.at(), what + " total does not equal the sum of by_organization: "
                    + Amounts.compare(total, sum) + "; correct the total or one of the parts"));
        }
    }

    private static void checkMarkers(Programme programme, List<Problem> problems) {
        var markers = programme.markers();
        markers.gender().filter(g -> !g.matches("[ABCD]")).ifPresent(g -> problems.add(Problem.error(markers.genderAt(),
                "gender marker must be A, B, C or D, not \"" + g + "\"")));
        markers.humanRights().filter(h -> !h.matches("[ABC]")).ifPresent(h -> problems.add(Problem.error(markers.humanRightsAt(),
                "human rights marker must be A, B or C, not \"" + h + "\"")));
        var assessment = programme.humanRightsAssessment();
        if (assessment.isEmpty()) {
            return;
        }
        if (assessment.size() != 10) {
            problems.add(Problem.warning(assessment.get(0).at(), "the human rights assessment has " + assessment.size()
                    + " elements; the self-assessment has 10"));
        }
        long score = assessment.stream().filter(a -> a.isYes()).count();
        String computed = Markers.humanRightsFor(score);
        markers.humanRights().filter(h -> h.matches("[ABC]") && !h.equals(computed)).ifPresent(h -> problems.add(Problem.error(
                markers.humanRightsAt(), "human rights marker is " + h + " but the assessment scores " + score + " yes answer"
                        + (score == 1 ? "" : "s") + " out of " + assessment.size() + ", which is " + computed
                        + " (A is 8–10, B 4–7, C 1–3); correct the marker or the answers")));
    }
}
