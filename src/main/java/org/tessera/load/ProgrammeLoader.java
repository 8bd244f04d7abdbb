package org.tessera.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.model.AssessmentAnswer;
import org.tessera.model.GcmObjectives;
import org.tessera.model.Markers;
import org.tessera.model.Money;
import org.tessera.model.Period;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.Programme;
import org.tessera.model.Story;

/** Reads content/programmes/&lt;id&gt;.yml. */
final class ProgrammeLoader {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** {@code language}: the language the programme's text fields are read in. */
    Optional<Programme> load(String id, String file, Optional<YamlNode> root, Optional<Story> story, TextLanguage language,
                             List<Problem> problems) {
        Optional<Fields> fields = root.flatMap(r -> Fields.of(r, file, language, problems));
        if (fields.isEmpty()) {
            if (problems.stream().noneMatch(p -> p.position().file().equals(file))) { // empty, not broken
                problems.add(Problem.error(new Position(file, 1, 1), "the programme file is empty; it needs title, countries and status"));
            }
            return Optional.empty();
        }
        Fields f = fields.get();
        f.allowOnly(Shapes.PROGRAMME);
        String title = f.requiredTranslatable("title");
        List<String> countries = countries(f, problems);
        if (countries.isEmpty()) {
            problems.add(Problem.error(f.has("countries") ? f.at("countries") : f.at(),
                    "'countries' is required: a list of ISO codes such as [TJ] or region names such as [IGAD region]"));
        }
        Optional<String> status = f.oneOf("status", Shapes.PROGRAMME);
        if (!f.has("status")) {
            problems.add(Problem.error(f.at(), file + " is missing the required field 'status' (active, pipeline or closed)"));
        }
        return Optional.of(new Programme(id, title, f.translatableOr("short_title", ""), countries,
                status.map(s -> Programme.Status.valueOf(s.toUpperCase(Locale.ROOT))).orElse(Programme.Status.ACTIVE),
                f.translatableOr("region", ""), f.integer("thematic_area", 1, 5), f.at("thematic_area"), f.textOr("convening", ""),
                f.textList("organizations"), f.translatableList("partners"), period(f),
                money(f, "budget", problems), money(f, "received", problems), markers(f),
                assessment(f, problems), f.mapping("hero").flatMap(h -> StoryLoader.hero(h, problems)), story,
                gcmObjectives(f, problems), sdgTargets(f, problems), f.at()));
    }

    /** The Global Compact for Migration's objectives a programme serves: numbers from 1 to 23. */
    private static List<Integer> gcmObjectives(Fields f, List<Problem> problems) {
        List<Integer> objectives = new java.util.ArrayList<>();
        for (YamlNode node : f.list("gcm_objectives")) {
            String text = node instanceof YamlNode.Scalar s ? s.text().strip() : "";
            if (text.matches("[0-9]{1,2}") && GcmObjectives.exists(Integer.parseInt(text))) {
                objectives.add(Integer.parseInt(text));
            } else {
                problems.add(Problem.error(node.at(), "\"" + text + "\" is not an objective of the Global Compact for Migration;"
                        + " it has " + GcmObjectives.count() + ", numbered 1 to " + GcmObjectives.count()));
            }
        }
        return List.copyOf(objectives);
    }

    static boolean isSdgTarget(String text) {
        return Shapes.SDG_TARGETS.words().contains(text);
    }

    /** Sustainable Development Goal targets, written as the UN numbers them: "10.7", "5.2", "1.a". */
    private static List<String> sdgTargets(Fields f, List<Problem> problems) {
        List<String> targets = new java.util.ArrayList<>();
        for (YamlNode node : f.list("sdg_targets")) {
            String text = node instanceof YamlNode.Scalar s ? s.text().strip() : "";
            if (isSdgTarget(text)) {
                targets.add(text);
            } else {
                problems.add(Problem.error(node.at(), "\"" + text + "\" is not an SDG target; write it as the UN numbers them, "
                        + "goal and target, in quotes: \"10.7\", \"5.2\", \"1.a\""));
            }
        }
        return List.copyOf(targets);
    }

    /** Two letters are an ISO 3166-1 code and are checked as one, each at its own line; longer names are regions. */
    private static List<String> countries(Fields f, List<Problem> problems) {
        List<String> countries = f.textList("countries");
        List<YamlNode> nodes = f.node("countries").map(n -> n instanceof YamlNode.Sequence seq ? seq.items() : List.of(n))
                .orElse(List.of());
        for (int i = 0; i < countries.size() && i < nodes.size(); i++) {
            String country = countries.get(i);
            Position at = nodes.get(i).at();
            if (country.matches("[A-Za-z]{2}") && !COUNTRIES.contains(country.toUpperCase(Locale.ROOT))) {
                problems.add(Problem.error(at, "\"" + country + "\" is not an ISO 3166-1 country code"
                        + "; use codes such as TJ or GN, or a region name such as IGAD region"));
            } else if (country.matches("[a-z]{2}")) {
                problems.add(Problem.warning(at, "write the country code \"" + country + "\" in capitals: "
                        + country.toUpperCase(Locale.ROOT)));
            }
        }
        return countries;
    }

    private static Optional<Period> period(Fields f) {
        return f.mapping("period").flatMap(p -> {
            p.allowOnly(Shapes.PERIOD);
            var start = p.writtenDate("start");
            var end = p.writtenDate("end");
            if (start.isEmpty() || end.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Period(start.get(), end.get(), p.at()));
        });
    }

    private static Optional<Money> money(Fields f, String key, List<Problem> problems) {
        return f.mapping(key).map(m -> {
            m.allowOnly(Shapes.MONEY);
            Map<String, BigDecimal> parts = new LinkedHashMap<>();
            m.mapping("by_organization").ifPresent(by -> {
                for (String organization : by.raw().entries().keySet()) {
                    by.decimal(organization).ifPresent(v -> parts.put(organization, v));
                }
            });
            Optional<BigDecimal> total = m.decimal("total");
            if (total.isEmpty() && parts.isEmpty()) {
                problems.add(Problem.error(m.at(), "'" + key + "' needs a 'total' or 'by_organization' amounts"));
            }
            // Organizations stay in the order they were written: the publication shows them so.
            return new Money(m.textOr("currency", "USD"), total, Collections.unmodifiableMap(parts),
                    m.has("total") ? m.at("total") : m.at());
        });
    }

    private static Markers markers(Fields f) {
        return f.mapping("markers").map(m -> {
            m.allowOnly(Shapes.MARKERS);
            return new Markers(m.text("gender").map(s -> s.toUpperCase(Locale.ROOT)),
                    m.text("human_rights").map(s -> s.toUpperCase(Locale.ROOT)), m.at("gender"), m.at("human_rights"));
        }).orElse(Markers.none(f.at()));
    }

    private static List<AssessmentAnswer> assessment(Fields f, List<Problem> problems) {
        List<AssessmentAnswer> answers = new ArrayList<>();
        for (YamlNode node : f.list("human_rights_assessment")) {
            Fields.of(node, "an assessment element", f.language(), problems).ifPresent(a -> {
                a.allowOnly(Shapes.ASSESSMENT);
                String element = a.requiredTranslatable("element");
                Optional<String> answer = answer(a, problems);
                answer.ifPresent(ans -> answers.add(new AssessmentAnswer(element, ans, a.translatableOr("justification", ""), a.at())));
            });
        }
        return List.copyOf(answers);
    }

    /** YAML reads an unquoted yes/no as true/false; both spellings mean the same answer here. */
    private static Optional<String> answer(Fields a, List<Problem> problems) {
        Optional<String> text = a.text("answer").map(s -> s.toLowerCase(Locale.ROOT));
        if (text.isEmpty()) {
            problems.add(Problem.error(a.at(), "an assessment element needs 'answer: yes', 'no' or 'n/a'"));
            return Optional.empty();
        }
        return switch (text.get()) {
            case "yes", "true" -> Optional.of("yes");
            case "no", "false" -> Optional.of("no");
            case "n/a", "na", "not applicable" -> Optional.of("n/a");
            default -> {
                problems.add(Problem.error(a.at("answer"), "answer must be yes, no or n/a, not \"" + text.get() + "\""));
                yield Optional.empty();
            }
        };
    }
}
