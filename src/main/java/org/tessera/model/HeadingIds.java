package org.tessera.model;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids a story's headings get on its page, and the ids its page gives elements of its own: one rule for the
 * renderer, which writes them, and the loader, which keeps them for the checks of links to #anchors.
 *
 * <p>A heading's id is flexmark's, made from its text by the dialect's rules, "-1", "-2" after an earlier heading's.
 * One that the page itself gives (a programme's results framework is {@code id="results"}, its groups
 * {@code results-0}, {@code results-1}…, a chart {@code chart-…}) would make two elements with one id, so such a
 * heading's id starts with {@code section-}: "## Results" is {@code section-results}.
 */
public final class HeadingIds implements HtmlIdGenerator {

    /** Ids the page templates give: the main content, a programme's facts box, results, assessment and marker scales. */
    public static final Set<String> TEMPLATE = Set.of("main", "facts", "results", "assessment", "marker-scales");
    /** Ids made per component or group: a chart's or table's own, a results framework's group. */
    public static final Pattern GENERATED = Pattern.compile("(chart|table|group|results)-.+");

    private static final String PAGES_OWN = "section-";
    private static final DataHolder OPTIONS = MarkdownDialect.options();
    private Map<Node, String> ids = Map.of();

    /** Whether the page itself may give an element this id. */
    public static boolean isThePagesOwn(String id) {
        return TEMPLATE.contains(id) || GENERATED.matcher(id).matches();
    }

    /** The id of each heading of {@code document}. */
    public static Map<Node, String> of(Document document) {
        Map<String, Integer> bases = new HashMap<>();
        Set<String> given = new HashSet<>();
        Map<Node, String> ids = new IdentityHashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                String base = base(heading.getAnchorRefText());
                Integer before = bases.get(base);
                bases.put(base, before == null ? 0 : before + 1);
                String id = before == null ? base : base + "-" + (before + 1);
                if (isThePagesOwn(id)) {
                    id = PAGES_OWN + id;
                }
                String unique = id;
                for (int n = 2; !given.add(unique); n++) {
                    unique = id + "-" + n;
                }
                ids.put(heading, unique);
            }
        }
        return ids;
    }

    private static String base(CharSequence text) {
        return HeaderIdGenerator.generateId(text, HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS.get(OPTIONS),
                HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS.get(OPTIONS), HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES.get(OPTIONS),
                HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE.get(OPTIONS));
    }

    /** As flexmark uses its own generator: one per rendering of a document, asked for each heading's id. */
    @Override
    public void generateIds(Document document) {
        ids = of(document);
    }

    @Override
    public String getId(Node node) {
        return ids.get(node);
    }

    @Override
    public String getId(CharSequence text) {
        return base(text);
    }
}
