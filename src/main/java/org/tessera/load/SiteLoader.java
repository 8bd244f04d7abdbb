package org.tessera.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.tessera.model.Brochure;
import org.tessera.model.Contact;
import org.tessera.model.EditionInfo;
import org.tessera.model.Hero;
import org.tessera.model.ImageSettings;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.Site;
import org.tessera.model.Taxonomy;
import org.tessera.model.Theme;
import org.tessera.model.Target;

/** Reads site.yml. */
final class SiteLoader {

    static final String FILE = "site.yml";

    /** The edition's settings in its default language. */
    Site load(Optional<YamlNode> root, List<Problem> problems) {
        return load(root, Optional.empty(), new TextLanguage.Notes(), problems);
    }

    /**
     * The edition's settings with their texts in {@code language} (one of the edition's languages; empty: the
     * default), noting in {@code notes} what the default language's texts leave untranslated.
     */
    Site load(Optional<YamlNode> root, Optional<String> language, TextLanguage.Notes notes, List<Problem> problems) {
        Optional<Fields> read = root.flatMap(r -> Fields.of(r, FILE, TextLanguage.only("en"), problems));
        if (read.isEmpty()) {
            if (problems.stream().noneMatch(p -> p.position().file().equals(FILE))) { // empty, not broken
                problems.add(Problem.error(new Position(FILE, 1, 1), "site.yml is empty; it needs at least title, edition and publisher"));
            }
            return new Site("", new EditionInfo("", LocalDate.now(), false), "", "/", "en", List.of("en"), false, Contact.NONE,
                    Optional.empty(), List.of(), false, ImageSettings.DEFAULT, Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), false, Set.of(), Position.of(FILE));
        }
        List<String> languages = languages(read.get(), problems);
        TextLanguage text = TextLanguage.of(languages, notes);
        Fields f = read.get().in(language.map(text::in).orElse(text));
        f.allowOnly(Shapes.SITE);
        String title = f.requiredTranslatable("title");
        EditionInfo edition = edition(f, problems);
        String publisher = f.requiredText("publisher");
        String baseUrl = f.textOr("base_url", "/");
        boolean address = baseUrl.matches("https?://[^/\\s]+(/\\S*)?");
        boolean path = baseUrl.matches("[^:\\s]*");
        if (baseUrl.isEmpty() || !(address || path)) {
            problems.add(Problem.error(f.at("base_url"), "base_url must be a path such as /mptf/ or an address such as https://example.org/mptf/, not \""
                    + baseUrl + "\""));
            baseUrl = "/";
        }
        boolean partial = f.oneOf("translations", Shapes.SITE).filter("partial"::equals).isPresent();
        return new Site(title, edition, publisher, baseUrl, f.language().wanted(), languages, partial, contact(f, problems),
                target(f, problems),
                brochures(f, problems), f.flag("allow_html", false), images(f), genderMarkerTarget(f, problems),
                thematicAreas(f, problems),
                f.node("headlines").flatMap(h -> ComponentLoader.tiles(h, h.at(), "'headlines' in site.yml", f.language(), problems)),
                theme(f, problems), f.mapping("cover").flatMap(c -> StoryLoader.hero(c, problems)), archive(f),
                f.flag("changes", false), everyTerm(f), f.at());
    }

    private static EditionInfo edition(Fields f, List<Problem> problems) {
        Optional<Fields> e = f.mapping("edition");
        if (e.isEmpty()) {
            if (!f.has("edition")) {
                problems.add(Problem.error(f.at(), "site.yml is missing the required field 'edition', e.g. edition: {label: \"1st edition\", date: 2023-09}"));
            }
            return new EditionInfo("", LocalDate.now(), false);
        }
        e.get().allowOnly(Shapes.EDITION);
        String label = e.get().requiredText("label");
        String date = e.get().requiredText("date");
        Optional<String> slug = slug(e.get(), problems);
        try {
            LocalDate day = date.matches("\\d{4}-\\d{2}") ? YearMonth.parse(date).atDay(1) : LocalDate.parse(date);
            return new EditionInfo(label, day, !date.matches("\\d{4}-\\d{2}"), slug.orElse(EditionInfo.slugOf(day)));
        } catch (DateTimeParseException ex) {
            if (!date.isEmpty()) {
                problems.add(Problem.error(e.get().at("date"), "edition date \"" + date + "\" must be YYYY-MM or YYYY-MM-DD, e.g. 2023-09"));
            }
            return new EditionInfo(label, LocalDate.now(), false);
        }
    }

    /** The folders of site.yml's {@code archive:}, each with its own line; ArchiveReader checks what they hold. */
    private static List<Site.ArchiveFolder> archive(Fields f) {
        List<Site.ArchiveFolder> folders = new ArrayList<>();
        for (YamlNode item : f.list("archive")) {
            if (item instanceof YamlNode.Scalar s && !s.isNull()) {
                folders.add(new Site.ArchiveFolder(s.text().strip(), s.at()));
            } else {
                f.problems().add(Problem.error(item.at(), "each entry of 'archive' in site.yml is the folder of a built site, e.g. archive/2022-09/"));
            }
        }
        return folders;
    }

    /** {@code edition.slug}: the edition's name in addresses, checked like every name. */
    private static Optional<String> slug(Fields e, List<Problem> problems) {
        String slug = e.textOr("slug", "");
        if (slug.isEmpty()) {
            return Optional.empty();
        }
        if (!Names.isValid(slug)) {
            problems.add(Problem.error(e.at("slug"), Names.explain("edition slug", slug) + "; it names the edition's folder editions/<slug>/"));
            return Optional.empty();
        }
        return Optional.of(slug);
    }

    /**
     * {@code languages: [en, fr, ar]}, the first the default; {@code language: fr} alone means {@code [fr]}. Where both
     * are given, {@code languages} wins.
     */
    private static List<String> languages(Fields f, List<Problem> problems) {
        Optional<String> single = f.text("language").map(l -> tag(l, f.at("language"), problems).orElse("en"));
        List<String> languages = new ArrayList<>();
        for (YamlNode node : f.list("languages")) {
            String written = node instanceof YamlNode.Scalar s ? s.text().strip() : node.kind();
            tag(written, node.at(), problems).ifPresent(tag -> {
                if (languages.contains(tag)) {
                    problems.add(Problem.warning(node.at(), "language " + tag + " is listed twice in 'languages'; list it once"));
                } else {
                    languages.add(tag);
                }
            });
        }
        if (languages.isEmpty()) {
            if (f.has("languages") && problems.stream().noneMatch(p -> p.isError() && p.position().file().equals(FILE))) {
                problems.add(Problem.error(f.at("languages"), "'languages' is empty; list the edition's languages, the default"
                        + " first, e.g. languages: [en, fr, ar]"));
            }
            return List.of(single.orElse("en"));
        }
        if (single.isPresent() && !single.get().equals(languages.get(0))) {
            problems.add(Problem.warning(f.at("language"), "'language: " + single.get() + "' differs from the first of 'languages' ("
                    + languages.get(0) + "), which is the default language and wins; remove 'language'"));
        }
        return List.copyOf(languages);
    }

    /** A BCP 47 tag as Locale writes it ({@code ar-u-nu-arab} keeps its extension), or empty with an error. */
    private static Optional<String> tag(String language, Position at, List<Problem> problems) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(language).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            return Optional.of(locale.toLanguageTag());
        } catch (IllformedLocaleException e) {
            problems.add(Problem.error(at, "language \"" + language + "\" is not a BCP 47 tag such as en, fr, es or ar"));
            return Optional.empty();
        }
    }

    private static ImageSettings images(Fields f) {
        return f.mapping("images").map(i -> {
            i.allowOnly(Shapes.IMAGES);
            return new ImageSettings(i.flag("publish_originals", false));
        }).orElse(ImageSettings.DEFAULT);
    }

    private static Contact contact(Fields f, List<Problem> problems) {
        return f.mapping("contact").map(c -> {
            c.allowOnly(Shapes.CONTACT);
            String email = c.textOr("email", "");
            if (!email.isEmpty() && !email.matches("[^\\s@<>\"']+@[^\\s@<>\"']+")) {
                problems.add(Problem.error(c.at("email"), "email \"" + email + "\" is not an e-mail address such as fund@example.org"));
                email = "";
            }
            List<String> websites = new ArrayList<>();
            for (String website : c.textList("websites")) {
                if (WebAddress.isSafe(website)) {
                    websites.add(website);
                } else {
                    problems.add(Problem.error(c.at("websites"), WebAddress.explain("a website", website)));
                }
            }
            return new Contact(c.textOr("address", ""), email, List.copyOf(websites));
        }).orElse(Contact.NONE);
    }

    /** gender_marker_target: 70 (or "70%"): the minimum share of programmes marked gender A or B. */
    private static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile(Shapes.COLOUR);

    /** {@code theme: {colours: {primary, accent, on_primary}, logo}}: colours as #rrggbb (#rgb is widened). */
    private static Optional<Theme> theme(Fields f, List<Problem> problems) {
        return f.mapping("theme").map(t -> {
            t.allowOnly(Shapes.THEME);
            Optional<Fields> colours = t.mapping("colours");
            colours.ifPresent(c -> c.allowOnly(Shapes.COLOURS));
            java.util.function.Function<String, Optional<String>> colour = key -> colours.flatMap(c -> c.text(key).flatMap(v -> {
                if (!HEX.matcher(v.strip()).matches()) {
                    problems.add(Problem.error(c.at(key), "theme colour '" + key + "' must be a colour written #rrggbb, e.g. "
                            + "#8A1538, not \"" + v + "\""));
                    return Optional.empty();
                }
                String hex = v.strip().toLowerCase(Locale.ROOT);
                return Optional.of(hex.length() == 4 ? "#" + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2)
                        + hex.charAt(3) + hex.charAt(3) : hex);
            }));
            return new Theme(colour.apply("primary"), colour.apply("accent"), colour.apply("on_primary"), t.text("logo"), t.at());
        });
    }

    /** {@code taxonomies: {gcm_objectives: all}}: the taxonomies whose every term gets a page. */
    private static Set<Taxonomy> everyTerm(Fields f) {
        Set<Taxonomy> every = java.util.EnumSet.noneOf(Taxonomy.class);
        f.mapping("taxonomies").ifPresent(t -> {
            t.allowOnly(Shapes.TAXONOMIES);
            for (Taxonomy taxonomy : Taxonomy.values()) {
                t.oneOf(taxonomy.field(), Shapes.TAXONOMIES).filter("all"::equals).ifPresent(all -> every.add(taxonomy));
            }
        });
        return every;
    }

    /** {@code thematic_areas: {1: "name", 2: "name"}}: the names programmes' thematic_area numbers stand for. */
    private static Map<Integer, String> thematicAreas(Fields f, List<Problem> problems) {
        return f.mapping("thematic_areas").map(areas -> {
            Map<Integer, String> names = new java.util.TreeMap<>();
            for (String key : areas.raw().entries().keySet()) {
                if (!key.strip().matches("[1-9][0-9]?")) {
                    problems.add(Problem.error(areas.at(key), "thematic area '" + key + "' must be the number programmes write in"
                            + " thematic_area, e.g. 1: \"Promoting fact-based migration discourse\""));
                    continue;
                }
                areas.translatable(key).ifPresent(name -> names.put(Integer.parseInt(key.strip()), name));
            }
            return names;
        }).orElse(Map.of());
    }

    private static Optional<BigDecimal> genderMarkerTarget(Fields f, List<Problem> problems) {
        Optional<BigDecimal> share = f.decimal("gender_marker_target");
        if (share.isPresent() && (share.get().signum() < 0 || share.get().compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add(Problem.error(f.at("gender_marker_target"), "gender_marker_target must be a percentage from 0 to 100, e.g. 70, not "
                    + share.get().toPlainString()));
            return Optional.empty();
        }
        return share;
    }

    private static Optional<Target> target(Fields f, List<Problem> problems) {
        return f.mapping("target").flatMap(t -> {
            t.allowOnly(Shapes.TARGET);
            Optional<BigDecimal> amount = t.decimal("amount");
            if (amount.isEmpty() && !t.has("amount")) {
                problems.add(Problem.error(t.at(), "target is missing 'amount', e.g. amount: 150000000"));
            }
            OptionalInt by = t.integer("by", 1900, 2200);
            return amount.map(a -> new Target(a, t.textOr("currency", "USD"), by,
                    t.textOr("label", "target"), t.at()));
        });
    }

    private static List<Brochure> brochures(Fields f, List<Problem> problems) {
        List<Brochure> brochures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode node : f.list("brochures")) {
            Fields.of(node, "a brochure", f.language(), problems).ifPresent(b -> {
                b.allowOnly(Shapes.BROCHURE);
                String id = b.requiredText("id");
                if (!id.isEmpty() && !Names.isValid(id)) {
                    problems.add(Problem.error(b.at("id"), Names.explain("brochure id", id)));
                } else if (!id.isEmpty() && !ids.add(id)) {
                    problems.add(Problem.error(b.at("id"), "brochure id '" + id + "' is used twice; give each brochure its own id"));
                }
                Brochure.Paper paper = b.oneOf("paper", Shapes.BROCHURE)
                        .map(p -> p.equals("A4") ? Brochure.Paper.A4 : Brochure.Paper.LETTER).orElse(Brochure.Paper.A4);
                List<Brochure.Item> items = new ArrayList<>();
                for (YamlNode item : b.list("contents")) {
                    item(item, problems).ifPresent(items::add);
                }
                if (!b.has("contents")) {
                    problems.add(Problem.error(b.at(), "brochure '" + id + "' has no 'contents'; list e.g. cover, programme:<id>, donors, back-cover"));
                }
                Brochure.Flow flow = b.oneOf("flow", "pages", "continuous")
                        .map(word -> word.equals("continuous") ? Brochure.Flow.CONTINUOUS : Brochure.Flow.PAGES).orElse(Brochure.Flow.PAGES);
                Optional<Hero> cover = b.mapping("cover").flatMap(c -> StoryLoader.hero(c, problems));
                List<String> languages = b.textList("languages");
                languages.stream().filter(l -> !f.language().languages().contains(l)).findFirst().ifPresent(l ->
                        problems.add(Problem.error(b.at("languages"), "brochure '" + id + "' is to be published in '" + l
                                + "', which is not one of the edition's languages (" + String.join(", ", f.language().languages())
                                + "); add it to 'languages' or remove it here")));
                brochures.add(new Brochure(id, b.translatableOr("title", ""), paper, List.copyOf(items), cover, flow,
                        List.copyOf(languages), b.at()));
            });
        }
        return List.copyOf(brochures);
    }

    private static Optional<Brochure.Item> item(YamlNode node, List<Problem> problems) {
        if (!(node instanceof YamlNode.Scalar s) || s.isNull()) {
            problems.add(Problem.error(node.at(), "a brochure item is one of cover, programme:<id>, page:<slug>, donors, map, back-cover"));
            return Optional.empty();
        }
        String text = s.text().strip();
        for (Brochure.Kind kind : Brochure.Kind.values()) {
            boolean takesRef = kind == Brochure.Kind.PROGRAMME || kind == Brochure.Kind.PAGE;
            if (!takesRef && text.equals(kind.word())) {
                return Optional.of(new Brochure.Item(kind, "", s.at()));
            }
            if (takesRef && text.startsWith(kind.word() + ":")) {
                String ref = text.substring(kind.word().length() + 1).strip();
                return Optional.of(new Brochure.Item(kind, ref, s.at()));
            }
        }
        problems.add(Problem.error(s.at(), "unknown brochure item \"" + text
                + "\"; use cover, programme:<id>, page:<slug>, donors, map or back-cover"));
        return Optional.empty();
    }
}
