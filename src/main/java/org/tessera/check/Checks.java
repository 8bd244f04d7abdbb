package org.tessera.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tessera.model.Edition;
import org.tessera.model.Indicator;
import org.tessera.model.Page;
import org.tessera.model.Problem;
import org.tessera.model.Programme;

/** Every rule an edition must satisfy before it is published; pure functions of the loaded model. */
public final class Checks {

    private Checks() {
    }

    public static List<Problem> run(Edition edition) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Indicator> indicators = ReferenceChecks.indicatorsByCode(edition);
        for (Programme programme : edition.programmes()) {
            problems.addAll(ProgrammeChecks.check(programme));
            programme.hero().ifPresent(h -> ReferenceChecks.checkHero(edition, h, problems));
            programme.story().ifPresent(s -> problems.addAll(ReferenceChecks.checkStory(edition, indicators, s)));
            programme.story().ifPresent(s -> problems.addAll(ImageChecks.checkStory(edition, s)));
        }
        for (Page page : edition.pages()) {
            problems.addAll(ReferenceChecks.checkStory(edition, indicators, page.story()));
            problems.addAll(ImageChecks.checkStory(edition, page.story()));
        }
        problems.addAll(ReferenceChecks.checkBrochures(edition));
        problems.addAll(ImageChecks.checkAssets(edition));
        problems.addAll(DataChecks.checkIndicators(edition));
        edition.datasets().values().forEach(d -> {
            problems.addAll(DataChecks.checkTotals(d));
            problems.addAll(DataChecks.checkPercentColumns(d));
        });
        return problems;
    }
}
