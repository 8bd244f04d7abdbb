package org.tessera.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;
import org.tessera.model.AssessmentAnswer;
import org.tessera.model.GcmObjectives;
import org.tessera.model.Money;
import org.tessera.model.Markers;
import org.tessera.model.Programme;
import org.tessera.model.SitePaths;
import org.tessera.render.component.CellText;

/** A programme's facts, prepared for templates: every figure formatted, every label in the edition's language. */
public final class ProgrammeView {

    private ProgrammeView() {
    }

    /** What a listing shows of a programme. */
    public static Map<String, Object> card(Programme p, RenderContext ctx) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("id", p.id());
        card.put("href", ctx.root() + SitePaths.programme(p.id()));
        card.put("title", p.displayTitle());
        card.put("fullTitle", p.title());
        card.put("countries", countries(p, ctx));
        card.put("status", ctx.messages().get("programmes." + p.status().name().toLowerCase(java.util.Locale.ROOT)));
        card.put("statusKey", p.status().name().toLowerCase(java.util.Locale.ROOT));
        card.put("summary", p.story().flatMap(s -> s.summary()).orElse(""));
        card.put("budget", p.budget().map(b -> ctx.formats().compactMoney(b.amount(), b.currency())).orElse(""));
        card.put("organizations", String.join(", ", p.organizations()));
        card.put("gender", p.markers().gender().orElse(""));
        card.put("thematicArea", p.thematicArea().isPresent() ? String.valueOf(p.thematicArea().getAsInt()) : "");
        card.put("period", p.period().map(period -> ctx.formats().date(period.start()) + " – " + ctx.formats().date(period.end()))
                .orElse(""));
        // What a pipeline programme would serve is what its reader weighs: the card names its objectives.
        card.put("objectives", p.gcmObjectives().stream().map(n -> Map.of("href", ctx.root() + SitePaths.objective(n),
                "text", String.valueOf(n), "title", GcmObjectives.title(n))).toList());
        card.put("hasStory", p.story().isPresent());
        card.put("shared", false); // a place's page marks programmes it shares with other places
        return card;
    }

    public static String countries(Programme p, RenderContext ctx) {
        return p.countries().stream().map(ctx.formats()::country).collect(Collectors.joining(", "));
    }

    /** The facts box: label and value pairs, in the order a reader expects them. */
    public static List<Map<String, Object>> facts(Programme p, RenderContext ctx) {
        Messages t = ctx.messages();
        List<Map<String, Object>> facts = new ArrayList<>();
        linked(facts, t.get("programme.countries"), p.countries().stream()
                .map(c -> link(ctx.root() + SitePaths.place(c), ctx.formats().country(c))).toList(), ", ");
        add(facts, t.get("programme.region"), p.region());
        add(facts, t.get("programme.status"), t.get("programmes." + p.status().name().toLowerCase(java.util.Locale.ROOT)));
        p.period().ifPresent(period -> add(facts, t.get("programme.period"),
                ctx.formats().date(period.start()) + " – " + ctx.formats().date(period.end())));
        add(facts, t.get("programme.convening"), p.convening());
        add(facts, t.get("programme.organizations"), String.join(", ", p.organizations()));
        linked(facts, t.get("programme.gcm_objectives"), p.gcmObjectives().stream().map(n -> link(
                ctx.root() + SitePaths.objective(n), t.format("programme.gcm_objective", n, GcmObjectives.title(n)))).toList(), "; ");
        linked(facts, t.get("programme.sdg_targets"), p.sdgTargets().stream().map(target -> link(
                ctx.root() + SitePaths.sdgTarget(target), target)).toList(), ", ");
        // Partners' names hold commas ("Ministry of Labour, Migration and Employment"): a semicolon tells them apart.
        add(facts, t.get("programme.partners"), String.join("; ", p.partners()));
        p.thematicArea().ifPresent(area -> linked(facts, t.get("programme.thematic_area"), List.of(link(
                ctx.root() + SitePaths.theme(area), Optional.ofNullable(ctx.edition().site().thematicAreas().get(area))
                        .map(name -> t.format("programme.thematic_area.value", area, name)).orElse(String.valueOf(area)))), ""));
        // A bare letter means nothing to a reader: each marker comes with what its score says.
        p.markers().gender().ifPresent(g -> add(facts, t.get("programme.marker.gender"),
                t.format("programme.marker.value", g, t.get("marker.gender." + g)), MARKER_SCALES));
        p.markers().humanRights().ifPresent(h -> add(facts, t.get("programme.marker.human_rights"),
                t.format("programme.marker.value", h, t.get("marker.human_rights." + h)), MARKER_SCALES));
        return facts;
    }

    /** Where a programme page explains its markers' scales ({@link #markerScales}). */
    static final String MARKER_SCALES = "#marker-scales";

    /** The scales of the markers the programme has, each letter with what it means: what a marker fact links to. */
    public static List<Map<String, Object>> markerScales(Programme p, RenderContext ctx) {
        Messages t = ctx.messages();
        List<Map<String, Object>> scales = new ArrayList<>();
        p.markers().gender().ifPresent(g -> scales.add(scale(t.get("programme.marker.gender"), "gender", "ABCD", t)));
        p.markers().humanRights().ifPresent(h -> scales.add(scale(t.get("programme.marker.human_rights"), "human_rights", "ABC", t)));
        return scales;
    }

    private static Map<String, Object> scale(String name, String key, String letters, Messages t) {
        List<Map<String, String>> entries = letters.chars().mapToObj(c -> String.valueOf((char) c))
                .map(letter -> Map.of("letter", letter, "meaning", t.get("marker." + key + "." + letter))).toList();
        return Map.of("name", name, "entries", entries);
    }

    private static Map<String, String> link(String href, String text) {
        return Map.of("href", href, "text", text);
    }

    /** A fact of several values, each linked to its page; brochures print them as text, joined by {@code separator}. */
    private static void linked(List<Map<String, Object>> facts, String label, List<Map<String, String>> links, String separator) {
        if (!links.isEmpty()) {
            facts.add(Map.of("label", label, "value", links.stream().map(l -> l.get("text")).collect(Collectors.joining(separator)),
                    "href", "", "links", links, "separator", separator));
        }
    }

    private static void add(List<Map<String, Object>> facts, String label, String value) {
        add(facts, label, value, "");
    }

    /** A fact; {@code href}, where not empty, links its value to what explains it. */
    private static void add(List<Map<String, Object>> facts, String label, String value, String href) {
        if (!value.isBlank()) {
            facts.add(Map.of("label", label, "value", value, "href", href, "links", List.of(), "separator", ""));
        }
    }

    /**
     * Budget or funds received by organization, with the total last. The amounts are bare (2,200,000): they share one
     * currency, which {@code amountHeader} ("Amount (USD)") and {@code currency} name once for the caption or header.
     */
    public static Map<String, Object> money(Money money, RenderContext ctx) {
        List<Map<String, String>> rows = new ArrayList<>();
        money.byOrganization().forEach((organization, amount) ->
                rows.add(Map.of("organization", organization, "amount", ctx.formats().amount(amount))));
        return Map.of("rows", rows, "total", ctx.formats().amount(money.amount()), "currency", money.currency(),
                "amountHeader", CellText.headed(ctx.messages().get("donors.amount"), money.currency(), ctx.messages()));
    }

    static Map<String, Object> assessment(Programme p, RenderContext ctx) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (AssessmentAnswer a : p.humanRightsAssessment()) {
            String answer = switch (a.answer()) {
                case "yes" -> ctx.messages().get("yes");
                case "no" -> ctx.messages().get("no");
                default -> ctx.messages().get("na");
            };
            rows.add(Map.of("element", a.element(), "answer", answer, "answerKey", a.answer().replace("/", ""),
                    "justification", a.justification()));
        }
        long score = p.humanRightsAssessment().stream().filter(AssessmentAnswer::isYes).count();
        String marker = p.markers().humanRights().orElse(Markers.humanRightsFor(score));
        return Map.of("rows", rows, "score", ctx.messages().format("programme.assessment.score",
                score, p.humanRightsAssessment().size(), marker));
    }
}
