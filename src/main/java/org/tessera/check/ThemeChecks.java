package org.tessera.check;

import java.util.ArrayList;
import java.util.List;
import org.tessera.model.Edition;
import org.tessera.model.Problem;
import org.tessera.model.Theme;
import org.tessera.util.Colours;

/**
 * Every text and mark the theme colours against its ground reads (WCAG AA): a pair that does not is a warning that
 * names it and the shade Tessera uses instead ({@link Theme#tokens}), so no theme is refused.
 */
final class ThemeChecks {

    private ThemeChecks() {
    }

    static List<Problem> check(Edition edition) {
        List<Problem> problems = new ArrayList<>();
        edition.site().theme().ifPresent(theme -> {
            if (!theme.primaryText().equals(theme.primaryColour())) {
                problems.add(warning(theme, "text in the primary colour " + theme.primaryColour(), theme.primaryColour(),
                        Theme.WHITE, "white", Theme.TEXT, "headings and figures are set in " + theme.primaryText() + " instead"));
            }
            if (!theme.accentMarks().equals(theme.accentColour())) {
                problems.add(warning(theme, "rules and tile borders in the accent colour " + theme.accentColour(), theme.accentColour(),
                        Theme.WHITE, "white", Theme.GRAPHICS, "they are drawn in " + theme.accentMarks() + " instead"));
            }
            if (!theme.onPrimaryText().equals(theme.onPrimaryColour())) {
                problems.add(warning(theme, "text in on_primary " + theme.onPrimaryColour(), theme.onPrimaryColour(),
                        theme.primaryColour(), "the primary colour " + theme.primaryColour(), Theme.TEXT,
                        "the cover band and footer set their text in " + theme.onPrimaryText() + " instead"));
            }
        });
        return problems;
    }

    private static Problem warning(Theme theme, String what, String colour, String ground, String groundName, double needed,
                                   String instead) {
        return Problem.warning(theme.at(), "theme: " + what + " on " + groundName + " has a contrast of "
                + String.format(java.util.Locale.ROOT, "%.1f", Colours.contrast(colour, ground)) + ":1, below "
                + String.format(java.util.Locale.ROOT, "%.1f", needed) + ":1; " + instead
                + " (choose a darker colour to keep your own)");
    }
}
