package org.tessera.render.brochure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tessera.model.Brochure;
import org.tessera.model.Donor;
import org.tessera.model.Hero;
import org.tessera.model.Page;
import org.tessera.model.Programme;
import org.tessera.model.SitePaths;
import org.tessera.model.Site;
import org.tessera.model.Story;
import org.tessera.render.ComponentRenderer;
import org.tessera.render.DonorsView;
import org.tessera.render.Formats;
import org.tessera.render.PlaceView;
import org.tessera.render.ProgrammeView;
import org.tessera.render.RenderContext;
import org.tessera.render.component.WorldMap;

/** The template context of one brochure: its sections in order, every figure formatted, every link from {@code ctx.root()}. */
final class BrochureView {

    /** A section of the brochure as a PDF bookmark: the id it starts at and its title. */
    record Bookmark(String id, String title) {
    }

    private static final Pattern ID = Pattern.compile("(\\sid=\")(?=[^\"])");
    private static final Pattern ID_REFS =
            Pattern.compile("(\\s(?:aria-labelledby|aria-describedby|for)=\")([^\"]+)\"");
    private static final Pattern HASH_LINK = Pattern.compile("(\\shref=\"#)(?=[^\"])");

    private final RenderContext ctx;
    private final Function<Story, String> stories;
    private final ComponentRenderer components;
    private final Media media;

    /**
     * The images of a brochure, which the print page and the PDF place differently.
     *
     * @param photos the site path of a photograph sized for print, from its asset path
     * @param logos  a donor's logo as printed: its site path (PNG and JPEG sized for print, SVG as written) and size
     * @param qr     the HTML of a QR code to an address (first argument), described by the second
     */
    record Media(UnaryOperator<String> photos, Function<Donor.Logo, PrintedLogo> logos, BinaryOperator<String> qr) {
    }

    /**
     * @param stories    renders a story to HTML for this context (components included)
     * @param components renders components outside stories, such as the donors chart
     */
    BrochureView(RenderContext ctx, Function<Story, String> stories, ComponentRenderer components, Media media) {
        this.ctx = ctx;
        this.stories = stories;
        this.components = components;
        this.media = media;
    }

    Map<String, Object> context(Brochure brochure) {
        Site site = ctx.edition().site();
        Map<String, Object> c = new LinkedHashMap<>();
        String title = title(brochure);
        c.put("root", ctx.root());
        c.put("icon", ctx.siteRoot() + SitePaths.ICON);
        c.put("stylesheet", ctx.siteRoot() + SitePaths.PRINT_STYLESHEET);
        c.put("lang", site.language());
        c.put("dir", ctx.formats().isRightToLeft() ? "rtl" : "ltr");
        c.put("title", title);
        c.put("description", site.title() + ", " + site.edition().label() + ", " + site.publisher());
        c.put("site", Map.of("title", site.title(), "publisher", site.publisher(), "editionLabel", site.edition().label(),
                "editionDate", ctx.formats().editionDate(site.edition()), "contact", site.contact(),
                "logo", site.theme().flatMap(org.tessera.model.Theme::logo).map(logo -> ctx.siteRoot() + media.photos().apply(logo)).orElse("")));
        c.put("paper", brochure.paper() == Brochure.Paper.A4 ? "A4" : "letter");
        c.put("flow", brochure.flow() == Brochure.Flow.CONTINUOUS ? "continuous" : "pages");
        c.put("runningTitle", cssString(site.title()));
        c.put("pdf", ctx.root() + SitePaths.brochurePdf(brochure.id()));
        // The print page is a copy of pages the site already offers to search engines (noindex); a link to it
        // previews with the site's card.
        c.put("socialImage", site.absoluteUrl().orElse(site.basePath()) + SitePaths.SOCIAL_CARD);
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Brochure.Item item : brochure.contents()) {
            section(brochure, item).ifPresent(sections::add);
        }
        c.put("sections", sections);
        return c;
    }

    /** The sections that readers jump to, in order: every item but the covers. */
    List<Bookmark> bookmarks(Brochure brochure) {
        List<Bookmark> out = new ArrayList<>();
        for (Brochure.Item item : brochure.contents()) {
            titleOf(item).ifPresent(title -> out.add(new Bookmark(id(item), title)));
        }
        return out;
    }

    static String title(Brochure brochure, Site site) {
        return brochure.title().isEmpty() ? site.title() : brochure.title();
    }

    private String title(Brochure brochure) {
        return title(brochure, ctx.edition().site());
    }

    private Optional<Map<String, Object>> section(Brochure brochure, Brochure.Item item) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", item.kind().word());
        s.put("id", id(item));
        switch (item.kind()) {
            case COVER -> cover(brochure, s);
            case PROGRAMME -> {
                Optional<Programme> programme = ctx.edition().programme(item.ref());
                if (programme.isEmpty()) {
                    return Optional.empty(); // the checks report an unknown reference; nothing to print
                }
                programme(programme.get(), s);
            }
            case PAGE -> {
                Optional<Page> page = ctx.edition().page(item.ref());
                if (page.isEmpty()) {
                    return Optional.empty();
                }
                s.put("title", page.get().title());
                s.put("summary", page.get().story().summary().orElse(""));
                s.put("hero", page.get().story().hero().map(this::hero).orElse(null));
                s.put("story", ownIds(stories.apply(page.get().story()), id(item)));
                s.put("text", textLanguage(page.get().story()));
            }
            case DONORS -> {
                if (ctx.figures().donors().isEmpty()) {
                    return Optional.empty();
                }
                s.put("title", ctx.messages().get("donors.title"));
                s.put("donors", DonorsView.view(ctx, components));
            }
            case MAP -> {
                s.put("title", ctx.messages().get("countries.title"));
                s.put("map", WorldMap.html(PlaceView.countsByCountry(ctx.edition()), ctx, true));
            }
            case BACK_COVER -> backCover(s);
        }
        return Optional.of(s);
    }

    private void cover(Brochure brochure, Map<String, Object> s) {
        String title = title(brochure);
        s.put("title", title);
        s.put("publication", title.equals(ctx.edition().site().title()) ? "" : ctx.edition().site().title());
        s.put("hero", brochure.cover().or(() -> ctx.edition().site().cover()).or(() -> firstHero(brochure)).map(this::hero).orElse(null));
        List<Map<String, String>> contents = new ArrayList<>();
        for (Bookmark bookmark : bookmarks(brochure)) {
            contents.add(Map.of("href", "#" + bookmark.id(), "title", bookmark.title()));
        }
        s.put("contents", contents);
    }

    private void programme(Programme p, Map<String, Object> s) {
        s.put("title", p.title());
        s.put("countries", ProgrammeView.countries(p, ctx));
        s.put("hero", p.hero().or(() -> p.story().flatMap(Story::hero)).map(this::hero).orElse(null));
        s.put("facts", ProgrammeView.facts(p, ctx));
        s.put("budget", p.budget().map(b -> ProgrammeView.money(b, ctx)).orElse(null));
        s.put("received", p.received().map(r -> ProgrammeView.money(r, ctx)).orElse(null));
        s.put("story", p.story().map(stories).map(html -> ownIds(html, (String) s.get("id"))).orElse(""));
        s.put("text", p.story().map(this::textLanguage).orElse(Map.of()));
        s.put("href", ctx.root() + SitePaths.programme(p.id()));
    }

    /**
     * The language and direction of a story not yet translated into the brochure's language ({@code lang}, {@code dir}),
     * for the element that holds it: English text in an Arabic brochure runs left to right. Empty when translated.
     */
    private Map<String, String> textLanguage(Story story) {
        Locale text = Locale.forLanguageTag(story.language());
        if (text.getLanguage().equals(ctx.formats().locale().getLanguage())) {
            return Map.of();
        }
        return Map.of("lang", story.language(), "dir", Formats.isRightToLeft(text) ? "rtl" : "ltr");
    }

    private void backCover(Map<String, Object> s) {
        s.put("contributors", ctx.figures().donors().map(d -> d.donors().stream().map(this::contributor).toList())
                .orElse(List.of()));
        s.put("data", ctx.root() + SitePaths.DATA);
        s.put("home", ctx.root());
        // Only an address readers can type or scan: a base_url that is a path has no host to lead them to.
        ctx.edition().site().absoluteUrl().ifPresent(url -> {
            s.put("web", url);
            s.put("qr", media.qr().apply(url, ctx.messages().format("brochure.qr", url)));
        });
    }

    /** A donor on the back cover: its name, and its logo when it has one. */
    private Map<String, Object> contributor(Donor donor) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", donor.name());
        donor.logo().map(media.logos()).ifPresent(logo -> {
            c.put("logo", ctx.siteRoot() + logo.path());
            c.put("logoSize", logo.css());
        });
        return c;
    }

    private Map<String, Object> hero(Hero hero) {
        return Map.of("src", ctx.siteRoot() + media.photos().apply(hero.image()), "alt", hero.alt(), "caption", hero.caption(),
                "credit", hero.credit());
    }

    /** The cover photograph: the first hero among the brochure's programmes and pages. */
    private Optional<Hero> firstHero(Brochure brochure) {
        for (Brochure.Item item : brochure.contents()) {
            Optional<Hero> hero = switch (item.kind()) {
                case PROGRAMME -> ctx.edition().programme(item.ref())
                        .flatMap(p -> p.hero().or(() -> p.story().flatMap(Story::hero)));
                case PAGE -> ctx.edition().page(item.ref()).flatMap(p -> p.story().hero());
                default -> Optional.empty();
            };
            if (hero.isPresent()) {
                return hero;
            }
        }
        return Optional.empty();
    }

    private Optional<String> titleOf(Brochure.Item item) {
        return switch (item.kind()) {
            case PROGRAMME -> ctx.edition().programme(item.ref()).map(Programme::title);
            case PAGE -> ctx.edition().page(item.ref()).map(Page::title);
            case DONORS -> ctx.figures().donors().map(d -> ctx.messages().get("donors.title"));
            case MAP -> Optional.of(ctx.messages().get("countries.title"));
            case BACK_COVER -> Optional.of(ctx.messages().get("brochure.contact"));
            case COVER -> Optional.empty();
        };
    }

    private static String id(Brochure.Item item) {
        return item.ref().isEmpty() ? item.kind().word() : item.kind().word() + "-" + item.ref();
    }

    /**
     * Stories give their headings and footnotes ids ("background", "fn-1") that repeat from one story to the next
     * in a brochure; each section prefixes its own, and the links to them.
     */
    static String ownIds(String html, String section) {
        String prefixed = ID.matcher(HASH_LINK.matcher(html).replaceAll("$1" + section + "-")).replaceAll("$1" + section + "-");
        return ID_REFS.matcher(prefixed).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + Arrays.stream(m.group(2).trim().split("\\s+")).map(ref -> section + "-" + ref)
                .collect(Collectors.joining(" ")) + "\""));
    }

    /** Text as a CSS string literal, for the running header: quotes, backslashes and line ends escaped. */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"', '\\' -> out.append('\\').append(ch);
                case '<' -> out.append("\\3C ");
                case '\n', '\r' -> out.append("\\A ");
                default -> out.append(ch);
            }
        }
        return out.append('"').toString();
    }
}
