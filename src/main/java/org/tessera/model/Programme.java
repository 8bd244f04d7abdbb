package org.tessera.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** One programme: its facts from content/programmes/&lt;id&gt;.yml and its story from &lt;id&gt;.md. */
public record Programme(
        String id,
        String title,
        String shortTitle,
        List<String> countries,
        Status status,
        String region,
        OptionalInt thematicArea,
        Position thematicAreaAt,
        String convening,
        List<String> organizations,
        List<String> partners,
        Optional<Period> period,
        Optional<Money> budget,
        Optional<Money> received,
        Markers markers,
        List<AssessmentAnswer> humanRightsAssessment,
        Optional<Hero> hero,
        Optional<Story> story,
        List<Integer> gcmObjectives,
        List<String> sdgTargets,
        Position at) {

    public enum Status { ACTIVE, PIPELINE, CLOSED }

    /** Whether an entry of {@code countries} is an ISO 3166-1 code (TJ), not the name of a region (IGAD region). */
    public static boolean isCountryCode(String entry) {
        return entry.length() == 2 && entry.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** The name to use where space is short. */
    public String displayTitle() {
        return shortTitle.isEmpty() ? title : shortTitle;
    }

    /** The facts alone, as listings show them: the same programme without its story. */
    public Programme withoutStory() {
        return new Programme(id, title, shortTitle, countries, status, region, thematicArea, thematicAreaAt, convening,
                organizations, partners, period, budget, received, markers, humanRightsAssessment, hero, Optional.empty(),
                gcmObjectives, sdgTargets, at);
    }

    /** Listing order: the story's {@code order}, else last. */
    public int order() {
        return story.map(s -> s.order().orElse(Integer.MAX_VALUE)).orElse(Integer.MAX_VALUE);
    }
}
