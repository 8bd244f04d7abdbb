package org.tessera.render;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tessera.model.Edition;
import org.tessera.model.Indicator;
import org.tessera.model.Page;
import org.tessera.model.Programme;
import org.tessera.model.SitePaths;
import org.tessera.model.SitePlan;
import org.tessera.model.Story;
import org.tessera.model.Taxonomy;

/**
 * What the search of one language finds: every page of the language by its title and words, each indicator of a
 * results framework and each dataset. The same list is the page the search box leads to without JavaScript, and,
 * written as a script, the index the box searches (a script, not JSON, so that it loads from file:// as well).
 *
 * <p>A programme is found by its title, places, organisations and summary, not its whole story: at 10,000
 * programmes the stories would make the index ten times larger. A page the author wrote is found by all its words.
 */
final class SearchIndex {

    /**
     * One thing the search finds. {@code href} leads from the language's root; {@code kind} names a page's kind.
     * An entry {@code within} another (an indicator within its programme's page, at that entry's position; -1: none)
     * has an {@code href} that is a fragment of the other's page, and is also found by the other's title: the index
     * says so rather than repeating the page's address and title, which at 10,000 programmes made it 40 % larger.
     */
    record Entry(String kind, String title, String href, String text, int within) {

        Entry(String kind, String title, String href, String text) {
            this(kind, title, href, text, -1);
        }
    }

    /** The interface words the search script shows, "{0}" standing for a number or the query. */
    private static final List<String> WORDS = List.of("results", "one_result", "so_far", "no_results", "all");

    private SearchIndex() {
    }

    /**
     * Every page of {@code language} in plan order and the datasets, then the charts and the indicators: the
     * {@link #many} kinds, which the index's second file holds.
     */
    static List<Entry> entries(SitePlan plan, String language, RenderContext ctx, Map<String, String> chartTitles) {
        List<Entry> entries = new ArrayList<>();
        List<Entry> charts = new ArrayList<>();
        Map<String, Integer> programmes = new LinkedHashMap<>(); // a programme's id: the position of its page's entry
        for (SitePlan.Output output : plan.in(language)) {
            if (output.kind() == SitePlan.Kind.CHART) {
                charts.add(page(output, ctx, chartTitles));
            } else if (output.kind().isPage() && output.kind() != SitePlan.Kind.SEARCH) {
                if (output.kind() == SitePlan.Kind.PROGRAMME) {
                    programmes.put(output.subject(), entries.size());
                }
                entries.add(page(output, ctx, chartTitles));
            }
        }
        ctx.edition().datasets().values().forEach(d -> entries.add(new Entry("dataset", d.title(), SitePaths.DATA + "#" + d.name(),
                d.name() + " " + d.source().publisher() + " " + d.columns().stream().map(c -> c.label()).collect(Collectors.joining(" ")))));
        entries.addAll(charts);
        for (Indicator indicator : ctx.edition().indicators()) {
            Integer programme = programmes.get(indicator.programme());
            if (programme != null) {
                entries.add(new Entry("indicator", indicator.statement(), "#" + indicator.code(), indicator.code(), programme));
            }
        }
        return entries;
    }

    /**
     * The kinds of which an edition has many (a chart page per chart, five indicators a programme): at 10,000
     * programmes, six entries in seven and two thirds of the index. They come in its second file, which the search
     * box loads once it has read the first, so that its first answer, from the programmes and pages, comes sooner.
     */
    private static boolean many(Entry e) {
        return e.kind().equals("chart") || e.kind().equals("indicator");
    }

    /** The entries that are pages, by kind in the order first met: what the list of every page shows. */
    static Map<String, List<Entry>> pagesByKind(List<Entry> entries) {
        Map<String, List<Entry>> byKind = new LinkedHashMap<>();
        entries.stream().filter(e -> !e.kind().equals("indicator") && !e.kind().equals("dataset"))
                .forEach(e -> byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e));
        return byKind;
    }

    private static Entry page(SitePlan.Output output, RenderContext ctx, Map<String, String> chartTitles) {
        Edition edition = ctx.edition();
        String subject = output.subject();
        String href = output.localAddress();
        Messages t = ctx.messages();
        String kind = output.kind().name().toLowerCase(java.util.Locale.ROOT);
        String section = "section"; // the home page and the lists Tessera makes are listed together
        return switch (output.kind()) {
            case PROGRAMME -> programme(edition.programme(subject).orElseThrow(), href, ctx);
            case PAGE -> page(edition.page(subject).orElseThrow(), href);
            case PLACE -> new Entry(kind, PlaceView.name(subject, ctx), href, subject);
            case TERM -> term(Taxonomy.Term.of(subject), href, ctx);
            case TERMS -> new Entry(section, t.get("taxonomy." + Taxonomy.valueOf(subject).slug() + ".title"), href, "");
            case CHART -> new Entry(kind, chartTitles.getOrDefault(subject, subject), href, "");
            case HOME -> new Entry(section, edition.site().title(), href, edition.site().publisher());
            default -> new Entry(section, t.get(sectionTitle(output.kind())), href, "");
        };
    }

    /** The interface word that names a section Tessera makes. */
    private static String sectionTitle(SitePlan.Kind kind) {
        return switch (kind) {
            case PROGRAMMES -> "programmes.title";
            case COUNTRIES -> "countries.title";
            case DONORS -> "donors.title";
            case DATA -> "data.title";
            default -> "search.title";
        };
    }

    /** A theme, objective or target: found by its number and by its name. */
    private static Entry term(Taxonomy.Term term, String href, RenderContext ctx) {
        return new Entry("term", TaxonomyView.title(term, ctx), href, TaxonomyView.name(term.taxonomy(), term.key(), ctx));
    }

    private static Entry programme(Programme p, String href, RenderContext ctx) {
        String text = Stream.of(Stream.of(p.shortTitle(), p.region(), p.convening()), p.countries().stream().map(c -> PlaceView.name(c, ctx)),
                        p.organizations().stream(), p.story().flatMap(Story::summary).stream())
                .flatMap(s -> s).filter(s -> s != null && !s.isBlank()).distinct().collect(Collectors.joining(" "));
        return new Entry("programme", p.title(), href, text);
    }

    private static Entry page(Page page, String href) {
        StringBuilder text = new StringBuilder(page.story().summary().orElse(""));
        for (Node node : page.story().document().getChildren()) {
            if (!(node instanceof FencedCodeBlock)) { // a component block's settings are not words of the page
                text.append(' ').append(new TextCollectingVisitor().collectAndGetText(node));
            }
        }
        return new Entry("page", page.title(), href, text.toString().replaceAll("\\s+", " ").strip());
    }

    /**
     * The index as two scripts: the first {@code window.tesseraSearch = {kinds: {...}, words: {...}, entries: [[kind,
     * title, href, text], ...]}}, with the name of each kind and the words the results show in the page's language;
     * the second ({@code more}) {@code window.tesseraSearchMore = [...]}, the entries of the {@link #many} kinds, which
     * continue the first's. An entry {@link Entry#within} another has that entry's position as a fifth element.
     */
    static byte[] script(List<Entry> entries, Messages t, boolean more) {
        StringBuilder js = new StringBuilder(more ? "window.tesseraSearchMore=[\n" : "window.tesseraSearch={\"kinds\":{");
        if (!more) {
            List<String> kinds = entries.stream().map(Entry::kind).distinct().toList();
            for (int i = 0; i < kinds.size(); i++) {
                js.append(i == 0 ? "" : ",").append(string(kinds.get(i))).append(':').append(string(t.get("search.kind." + kinds.get(i))));
            }
            js.append("},\"words\":{");
            for (int i = 0; i < WORDS.size(); i++) {
                js.append(i == 0 ? "" : ",").append(string(WORDS.get(i))).append(':').append(string(t.get("search." + WORDS.get(i))));
            }
            js.append("},\"entries\":[\n");
        }
        List<Entry> part = entries.stream().filter(e -> many(e) == more).toList();
        for (int i = 0; i < part.size(); i++) {
            Entry e = part.get(i);
            js.append(i == 0 ? "" : ",\n").append('[').append(string(e.kind())).append(',').append(string(e.title())).append(',')
                    .append(string(e.href())).append(',').append(string(e.text())).append(e.within() < 0 ? "" : "," + e.within()).append(']');
        }
        return js.append(more ? "];\n" : "]};\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A JavaScript string literal; '<' and the line separators escaped so that the text can never end a script. */
    private static String string(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                case '<' -> s.append("\\u003c");
                case '\u2028' -> s.append("\\u2028");
                case '\u2029' -> s.append("\\u2029");
                default -> s.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return s.append('"').toString();
    }
}
