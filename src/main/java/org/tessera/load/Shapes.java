package org.tessera.load;

import java.util.Arrays;
import java.util.List;
import org.tessera.load.Shape.Choice;
import org.tessera.load.Shape.Decimal;
import org.tessera.load.Shape.Either;
import org.tessera.load.Shape.Field;
import org.tessera.load.Shape.Flag;
import org.tessera.load.Shape.Kind;
import org.tessera.load.Shape.ListOf;
import org.tessera.load.Shape.MapOf;
import org.tessera.load.Shape.Mapping;
import org.tessera.load.Shape.Matching;
import org.tessera.load.Shape.Text;
import org.tessera.load.Shape.Whole;
import org.tessera.load.Shape.Word;
import org.tessera.model.HeadlineFigure;

/**
 * Every kind of YAML an edition holds, field by field, as the content model describes it: the one definition the
 * loaders check against and {@link JsonSchemas} writes out. Descriptions are for authors (editors show them).
 */
public final class Shapes {

    private static final Kind WORD = new Word();
    private static final Kind TEXT = new Text();
    private static final Kind WORDS = new Either(List.of(WORD, new ListOf(WORD)));
    /** A date written to the year, month or day (WrittenDate): 2016, 2016-03 or 2016-03-15. */
    private static final Kind WRITTEN_DATE = new Matching("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");
    static final String COLOUR = "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$";
    static final String BROCHURE_ITEM = "^(cover|donors|map|back-cover|programme:.+|page:.+)$";
    /** Per goal (1 to 17), its numbered targets (1.1–1.5) and its lettered ones (1.a, 1.b): 169 targets in all. */
    /** The SDG targets as the UN numbers them: "10.7", "5.2", "1.a". */
    static final Choice SDG_TARGETS = new Choice(org.tessera.model.SdgTargets.all());
    static final Choice SORT_ORDER = new Choice(List.of("asc", "desc"));

    /** A pattern no text matches: with {@link Matching}'s types, a number written without quotes. */
    private static final String NUMBER_ONLY = "(?!)";

    private Shapes() {
    }

    private static Field required(String name, Kind kind, String description) {
        return new Field(name, kind, true, description, List.of());
    }

    private static Field optional(String name, Kind kind, String description) {
        return new Field(name, kind, false, description, List.of());
    }

    private static Choice choice(String... words) {
        return new Choice(Arrays.asList(words));
    }

    public static final Shape HERO = new Shape("a photograph with its caption, credit and description",
            required("image", WORD, "the image file, e.g. assets/photos/khatlon.jpg"),
            optional("caption", TEXT, "shown under the photograph"),
            optional("credit", TEXT, "the photographer, shown with ©"),
            optional("alt", TEXT, "describes the photo for screen readers"));

    public static final Shape TILE = new Shape("a tile: a figure set large with a short label under it", List.of(
            optional("indicator", WORD, "an indicator code; value and label come from the indicators dataset"),
            new Field("value", WORD, false, "a literal figure, for facts with no dataset (needs a label)", List.of("label")),
            optional("figure", new Choice(HeadlineFigure.words()), "a figure the tool computes for the home page"),
            optional("label", TEXT, "what the figure counts; overrides the indicator's statement"),
            optional("country", WORD, "shown above the figure"),
            optional("format", choice("compact", "full"), "compact writes 19.6M; full writes 19,600,000")),
            List.of("indicator", "value", "figure"));

    public static final Kind TILES = new ListOf(new Mapping(TILE));

    static final Shape EDITION = new Shape("the edition's label and date",
            required("label", TEXT, "e.g. 1st edition"),
            required("date", new Matching("^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$"), "YYYY-MM or YYYY-MM-DD, e.g. 2023-09"),
            optional("slug", WORD, "the edition's name in addresses (editions/<slug>/); default the date's YYYY-MM"));

    static final Shape CONTACT = new Shape("shown in the footer and on back covers",
            optional("address", TEXT, "postal address"),
            optional("email", WORD, "e.g. fund@example.org"),
            optional("websites", WORDS, "web addresses"));

    static final Shape TARGET = new Shape("the fund's capitalization target",
            required("amount", new Decimal(), "e.g. 150000000"),
            optional("currency", WORD, "default USD"),
            optional("by", new Whole(1900, 2200), "the year, e.g. 2026"),
            optional("label", TEXT, "e.g. capitalization target"));

    static final Shape BROCHURE = new Shape("a brochure, published as a PDF and as a print-ready page",
            required("id", WORD, "its name: lower-case a-z 0-9 -"),
            optional("title", TEXT, "the brochure's title"),
            optional("paper", choice("A4", "Letter"), "A4 (default) or Letter"),
            required("contents", new ListOf(new Matching(BROCHURE_ITEM)),
                    "items: cover, programme:<id>, page:<slug>, donors, map, back-cover"),
            optional("cover", new Mapping(HERO), "this brochure's own cover photograph, in place of site.yml's"),
            optional("flow", choice("pages", "continuous"), "pages (default): each section starts a page; continuous: sections follow on"),
            optional("languages", new ListOf(WORD), "the languages it is published in (default: every language of the edition)"));

    static final Shape COLOURS = new Shape("the fund's colours, written #rrggbb",
            optional("primary", new Matching(COLOUR), "e.g. \"#8A1538\" (quoted: # starts a comment in YAML)"),
            optional("accent", new Matching(COLOUR), "the second colour"),
            optional("on_primary", new Matching(COLOUR), "text on the primary colour"));

    static final Shape THEME = new Shape("the fund's colours and logo, on the web and in print",
            optional("colours", new Mapping(COLOURS), "primary, accent, on_primary"),
            optional("logo", WORD, "an image under assets/"));

    /** Which terms of each taxonomy get a page: the field names are those programmes write (site.yml's for areas). */
    static final Shape TAXONOMIES = new Shape("which objectives, targets and thematic areas get a page",
            optional("thematic_areas", choice("stated", "all"), "stated (default): the areas programmes state; all: also every area thematic_areas names"),
            optional("gcm_objectives", choice("stated", "all"), "stated (default): the objectives programmes state; all: all 23, those no programme serves saying so"),
            optional("sdg_targets", choice("stated", "all"), "stated (default): the targets programmes state; all: all 169"));

    static final Shape IMAGES = new Shape("how images are published",
            optional("publish_originals", new Flag(), "also publish the original files"));

    public static final Shape SITE = new Shape("site.yml: the edition",
            required("title", TEXT, "publication title, e.g. Migration MPTF in Action"),
            required("edition", new Mapping(EDITION), "{label: \"1st edition\", date: 2023-09}"),
            required("publisher", TEXT, "e.g. Migration Multi-Partner Trust Fund"),
            optional("base_url", WORD, "absolute URL or path prefix the site is served under; default /"),
            optional("language", WORD, "BCP 47 tag, default en; drives number and date formatting"),
            optional("languages", new ListOf(WORD), "the edition's languages, the default first, e.g. [en, fr, ar]"),
            optional("translations", choice("partial", "complete"), "partial: texts not yet translated are not listed as warnings"),
            optional("contact", new Mapping(CONTACT), "{address, email, websites}"),
            optional("target", new Mapping(TARGET), "{amount, currency, by, label}"),
            optional("brochures", new ListOf(new Mapping(BROCHURE)), "the brochures: {id, title, paper, contents}"),
            optional("allow_html", new Flag(), "let markdown hold raw HTML (default false)"),
            optional("images", new Mapping(IMAGES), "image settings"),
            optional("gender_marker_target", new Decimal(), "the minimum share of programmes marked gender A or B, e.g. 70"),
            optional("thematic_areas", new MapOf("^[1-9][0-9]?$", TEXT), "{1: \"name\", 2: \"name\"}: names of thematic_area"),
            optional("headlines", TILES, "the home page's key figures, as a tiles block writes them"),
            optional("theme", new Mapping(THEME), "{colours: {primary, accent, on_primary}, logo}"),
            optional("cover", new Mapping(HERO), "the photograph on the covers of the brochures and the home page"),
            optional("archive", new ListOf(WORD), "earlier editions published under editions/<slug>/: folders of built sites inside the edition, e.g. archive/2022-09/"),
            optional("changes", new Flag(), "publish a 'What changed' page against the newest archived edition (default false)"),
            optional("taxonomies", new Mapping(TAXONOMIES), "{gcm_objectives: all}: a page for every objective, not only those programmes state"));

    static final Shape MONEY = new Shape("amounts in one currency",
            optional("currency", WORD, "default USD"),
            optional("total", new Decimal(), "the total"),
            optional("by_organization", new MapOf("", new Decimal()), "{FAO: 600000, ...}; must add up to total"));

    static final Shape ASSESSMENT = new Shape("one element of the human rights assessment",
            required("element", TEXT, "the element assessed"),
            required("answer", choice("yes", "no", "n/a", "na", "not applicable", "true", "false"), "yes, no or n/a"),
            optional("justification", TEXT, "why"));

    static final Shape PERIOD = new Shape("the programme's duration",
            optional("start", WRITTEN_DATE, "2020-10-28, 2020-10 or 2020"),
            optional("end", WRITTEN_DATE, "2022-10-27, 2022-10 or 2022"));

    static final Shape MARKERS = new Shape("the programme's markers",
            optional("gender", choice("A", "B", "C", "D"), "gender marker A–D"),
            optional("human_rights", choice("A", "B", "C"), "human rights marker A–C"));

    public static final Shape PROGRAMME = new Shape("content/programmes/<id>.yml: the facts of one programme",
            required("title", TEXT, "full programme title"),
            optional("short_title", TEXT, "a shorter title for lists"),
            required("countries", WORDS, "ISO 3166-1 alpha-2 codes (TJ, GN), or names for regions (IGAD region)"),
            required("status", choice("active", "pipeline", "closed"), "active, pipeline or closed"),
            optional("region", TEXT, "the region"),
            optional("thematic_area", new Whole(1, 5), "an integer 1–5, named in site.yml's thematic_areas"),
            optional("convening", WORD, "convening organization, e.g. IOM"),
            optional("organizations", WORDS, "participating UN organizations, e.g. [FAO, IOM, UNICEF]"),
            optional("partners", WORDS, "implementing partners"),
            optional("period", new Mapping(PERIOD), "{start, end}"),
            optional("budget", new Mapping(MONEY), "{currency, total, by_organization}"),
            optional("received", new Mapping(MONEY), "funds transferred so far, as budget"),
            optional("markers", new Mapping(MARKERS), "{gender, human_rights}"),
            optional("human_rights_assessment", new ListOf(new Mapping(ASSESSMENT)), "10 {element, answer, justification}"),
            optional("hero", new Mapping(HERO), "{image, caption, credit, alt}"),
            optional("gcm_objectives", new ListOf(new Whole(1, org.tessera.model.GcmObjectives.count())),
                    "Global Compact for Migration objectives, 1 to " + org.tessera.model.GcmObjectives.count()),
            // Unquoted, YAML reads 10.7 as a number; the loader still reads it as written.
            optional("sdg_targets", new ListOf(new Either(List.of(SDG_TARGETS, new Matching(NUMBER_ONLY)))),
                    "SDG targets in quotes: \"10.7\", \"5.2\", \"1.a\""));

    public static final Shape FRONT_MATTER = new Shape("the front matter of a markdown page or story",
            optional("title", TEXT, "the page's title"),
            optional("nav_title", TEXT, "a shorter title for navigation"),
            optional("hero", new Mapping(HERO), "{image, caption, credit, alt}"),
            optional("order", new Whole(Integer.MIN_VALUE, Integer.MAX_VALUE), "an integer, for listings"),
            optional("summary", TEXT, "a sentence for listings"));

    public static final Shape COLUMN = new Shape("how a column is read and shown",
            optional("type", choice("text", "integer", "number", "percent", "money", "date"), "the column type"),
            optional("currency", WORD, "for money, e.g. USD"),
            optional("label", TEXT, "the column's header as shown"),
            optional("description", TEXT, "what the column holds"));

    static final Shape SOURCE = new Shape("where the data comes from",
            optional("publisher", TEXT, "e.g. Migration MPTF"),
            optional("as_of", WRITTEN_DATE, "2024-01-31, 2024-01 or 2024"),
            optional("url", WORD, "a web address"));

    static final Shape TOTALS = new Shape("declared totals, checked at build time",
            optional("row", WORD, "the first cell of the total row, e.g. Total"),
            optional("column", WORD, "the total column, e.g. Total"));

    public static final Shape DATASET = new Shape("content/data/<name>.yml: describes the dataset <name>.csv or <name>.xlsx",
            optional("title", TEXT, "e.g. Donor contributions"),
            optional("source", new Mapping(SOURCE), "{publisher, as_of, url}"),
            optional("columns", new MapOf("", new Mapping(COLUMN)), "per column: {type, currency, label}"),
            optional("totals", new Mapping(TOTALS), "{row, column}"),
            optional("notes", TEXT, "shown under every table of the dataset"),
            optional("description", TEXT, "what the dataset holds"),
            optional("sheet", WORD, "a workbook's sheet to read (default the first)"),
            optional("header_row", new Whole(1, 1_048_576), "a workbook's header row, where title rows stand above it"));

    private static final Kind WHERE = new MapOf("", WORDS);

    static final Shape CHART_SORT = new Shape("how rows are sorted",
            optional("by", WORD, "a column"), optional("order", SORT_ORDER, "asc or desc (default desc)"));

    static final Shape TABLE_SORT = new Shape("how rows are sorted",
            required("by", WORD, "a column"), optional("order", SORT_ORDER, "asc (default) or desc"));

    public static final Shape CHART = new Shape("a chart block",
            required("type", choice("bar", "column", "stacked", "line", "donut", "progress"), "the kind of chart"),
            required("data", WORD, "a dataset in content/data"),
            required("x", WORD, "the category column"),
            required("y", WORDS, "a value column, or a list of them"),
            optional("title", TEXT, "the chart's title"),
            optional("sort", new Either(List.of(SORT_ORDER, new Mapping(CHART_SORT))), "asc, desc or {by, order}"),
            optional("top", new Whole(1, Integer.MAX_VALUE), "keep the first N rows after sorting"),
            optional("where", WHERE, "keep rows whose column equals the value (or one of a list)"),
            optional("id", WORD, "the chart's stable name"),
            optional("note", TEXT, "shown under the chart"));

    public static final Shape TABLE = new Shape("a table block",
            required("data", WORD, "a dataset in content/data"),
            optional("columns", WORDS, "default all columns"),
            optional("sort", new Either(List.of(WORD, new Mapping(TABLE_SORT))), "a column, or {by, order}"),
            optional("total", new Flag(), "append a total row of the numeric columns"),
            optional("where", WHERE, "keep rows whose column equals the value (or one of a list)"),
            optional("note", TEXT, "shown under the table"));

    /** Each kind of file or block, by the name its schema file takes, with the edition's files it describes. */
    public static List<Schema> all() {
        return List.of(new Schema("site", new Mapping(SITE), SITE.description(), List.of("site.yml")),
                new Schema("programme", new Mapping(PROGRAMME), PROGRAMME.description(), List.of("content/programmes/*.yml")),
                new Schema("dataset", new Mapping(DATASET), DATASET.description(), List.of("content/data/*.yml")),
                // Front matter and blocks sit inside markdown, which the YAML language server does not read: check covers them.
                new Schema("front-matter", new Mapping(FRONT_MATTER), FRONT_MATTER.description(), List.of()),
                new Schema("tiles", TILES, "a tiles block: a list of tiles", List.of()),
                new Schema("chart", new Mapping(CHART), CHART.description(), List.of()),
                new Schema("table", new Mapping(TABLE), TABLE.description(), List.of()));
    }

    /** One schema file, {@code <name>.schema.json}; {@code files} are globs of the edition's files it describes. */
    public record Schema(String name, Kind kind, String description, List<String> files) {

        public Schema {
            files = List.copyOf(files);
        }
    }
}
