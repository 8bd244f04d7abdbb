package org.tessera.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tessera.model.Brochure;
import org.tessera.model.Hero;
import org.tessera.model.Page;
import org.tessera.model.Site;
import org.tessera.model.SitePaths;
import org.tessera.model.Theme;
import org.tessera.render.image.ImageVariants;
import org.tessera.render.image.Responsive;

/** The parts every page shares: publication details, navigation, footer, brochures. */
final class Layout {

    private Layout() {
    }

    /**
     * The template context common to all pages.
     *
     * @param path    the page's own path in the site ("" for home, "programmes/" …), to mark the current link
     * @param title   the page title ("" on the home page)
     * @param summary a description for search engines and link previews
     */
    static Map<String, Object> context(RenderContext ctx, String path, String title, String summary) {
        Site site = ctx.edition().site();
        Messages t = ctx.messages();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("root", ctx.root());
        c.put("path", path);
        // Templates link the site's own files through these: the plan of the site is the one place that names them.
        c.put("href", Map.of("icon", ctx.siteRoot() + SitePaths.ICON, "stylesheet", ctx.siteRoot() + SitePaths.STYLESHEET,
                "data", ctx.root() + SitePaths.DATA, "programmes", ctx.root() + SitePaths.PROGRAMMES,
                "countries", ctx.root() + SitePaths.COUNTRIES,
                "donorsCsv", ctx.siteRoot() + SitePaths.dataset("donors", "csv"),
                "indicatorsCsv", ctx.siteRoot() + SitePaths.dataset("indicators", "csv")));
        c.put("search", search(ctx));
        c.put("lang", site.language());
        c.put("dir", ctx.formats().isRightToLeft() ? "rtl" : "ltr");
        c.put("site", Map.of(
                "title", site.title(),
                "publisher", site.publisher(),
                "editionLabel", site.edition().label(),
                "editionDate", ctx.formats().editionDate(site.edition()),
                "contact", site.contact(),
                "logo", site.theme().flatMap(Theme::logo).map(logo -> ctx.siteRoot() + logo).orElse("")));
        c.put("pageTitle", title);
        c.put("documentTitle", title.isEmpty() ? site.title() : title + " — " + site.title());
        c.put("description", summary.isEmpty() ? site.title() + ", " + site.edition().label() + ", " + site.publisher() : summary);
        c.put("canonical", site.absoluteUrl().map(u -> u + ctx.languageFolder() + path).orElse(""));
        c.put("languages", languages(ctx, path));
        c.put("translationNote", "");
        c.put("social", Map.of("image", address(site, SitePaths.SOCIAL_CARD), "alt", "", "width", "1200", "height", "630"));
        List<Map<String, Object>> nav = new ArrayList<>();
        // A page the author wrote at a section's address replaces the section, in the menu too.
        if (ctx.edition().page("programmes").isEmpty()) {
            nav.add(link(ctx, SitePaths.PROGRAMMES, t.get("nav.programmes"), path));
        }
        if (ctx.edition().page("countries").isEmpty() && !ctx.edition().programmes().isEmpty()) {
            nav.add(link(ctx, org.tessera.model.SitePaths.COUNTRIES, t.get("nav.countries"), path));
        }
        for (Page page : ctx.edition().pages()) {
            nav.add(link(ctx, SitePaths.page(page.slug()), page.navTitle(), path));
        }
        if (ctx.edition().hasDonors() && ctx.edition().page("donors").isEmpty()) {
            nav.add(link(ctx, SitePaths.DONORS, t.get("nav.donors"), path));
        }
        if (ctx.edition().page("data").isEmpty()) {
            nav.add(link(ctx, SitePaths.DATA, t.get("nav.data"), path));
        }
        c.put("nav", nav);
        c.put("brochures", brochures(ctx));
        return c;
    }

    /**
     * The search box's addresses: the list of every page (where it leads without JavaScript), the language's index
     * and the site's script, which loads the index and the search library when a reader first types.
     */
    private static Map<String, Object> search(RenderContext ctx) {
        return Map.of("page", ctx.root() + SitePaths.SEARCH, "index", ctx.root() + SitePaths.SEARCH_INDEX,
                "more", ctx.root() + SitePaths.SEARCH_INDEX_MORE, "library", ctx.siteRoot() + SitePaths.SEARCH_LIBRARY, "script", ctx.siteRoot() + SitePaths.SCRIPT, "root", ctx.root());
    }

    /**
     * The page in each language of the edition, for the language switcher and the hreflang alternates: every
     * translation has every page (an untranslated text shows the first language's). Empty for one language.
     */
    private static List<Map<String, Object>> languages(RenderContext ctx, String path) {
        Site site = ctx.edition().site();
        List<Map<String, Object>> languages = new ArrayList<>();
        if (site.languages().size() < 2 || path.equals(SitePaths.NOT_FOUND)) {
            return languages;
        }
        for (String language : site.languages()) {
            String folder = language.equals(site.defaultLanguage()) ? "" : language;
            String address = SitePaths.translated(folder, path);
            Locale locale = Locale.forLanguageTag(language);
            String name = locale.getDisplayLanguage(locale);
            name = name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1); // "Français"
            String relative = (ctx.siteRoot() + address).isEmpty() ? "./" : ctx.siteRoot() + address; // the home, from the home
            languages.add(Map.of("lang", locale.getLanguage(), "name", name, "href", relative,
                    // search engines want absolute addresses; without a host, a relative one still works from any sub-path
                    "address", site.absoluteUrl().map(u -> u + address).orElse(relative),
                    "current", language.equals(site.language())));
        }
        return languages;
    }

    /**
     * A note on a page whose text is not yet in the page's language, in the reader's language: "shown in English".
     * Empty when the text is in the page's language.
     */
    static String translationNote(RenderContext ctx, String textLanguage) {
        Locale page = Locale.forLanguageTag(ctx.edition().site().language());
        Locale text = Locale.forLanguageTag(textLanguage);
        return text.getLanguage().equals(page.getLanguage()) ? ""
                : ctx.messages().format("translation.note", text.getDisplayLanguage(page));
    }

    /**
     * Link previews show the page's hero photograph rather than the built-in card, when the page has one: the
     * published size nearest above 1200 px wide (what link previews ask for), or the file itself when not resized.
     */
    static void socialImage(Map<String, Object> context, Site site, Hero hero, ImageVariants images) {
        Map<String, Object> social = new LinkedHashMap<>(Map.of("image", address(site, hero.image()), "alt", hero.alt(),
                "width", "", "height", ""));
        images.responsive(hero.image()).ifPresent(r -> {
            Responsive.Variant v = r.variants().stream().filter(x -> x.width() >= 1200).findFirst()
                    .orElse(r.variants().get(r.variants().size() - 1));
            social.put("image", address(site, v.path().replace(" ", "%20")));
            social.put("width", String.valueOf(v.width()));
            social.put("height", String.valueOf(v.height()));
        });
        context.put("social", social);
    }

    /** A file's address for other sites (link previews): absolute where base_url has a host, else from the root. */
    private static String address(Site site, String path) {
        return site.absoluteUrl().orElse(site.basePath()) + path;
    }

    private static Map<String, Object> link(RenderContext ctx, String target, String label, String current) {
        return Map.of("href", ctx.root() + target, "label", label, "current", current.startsWith(target));
    }

    static List<Map<String, Object>> brochures(RenderContext ctx) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<Brochure> all = ctx.edition().site().brochures();
        for (Brochure brochure : all) {
            if (!brochure.isPublishedIn(ctx.edition().site().language())) {
                continue; // not published in this page's language
            }
            String title = title(brochure, ctx);
            // Links read "Title (PDF, A4)": where two brochures share both, only their ids tell them apart.
            boolean twin = all.stream().filter(b -> title(b, ctx).equals(title) && b.paper() == brochure.paper()).count() > 1;
            out.add(Map.of("id", brochure.id(), "title", twin ? title + " – " + brochure.id() : title,
                    "pdf", ctx.root() + SitePaths.brochurePdf(brochure.id()),
                    "print", ctx.root() + SitePaths.brochurePage(brochure.id()),
                    "paper", brochure.paper() == Brochure.Paper.A4 ? "A4" : "Letter"));
        }
        return out;
    }

    private static String title(Brochure brochure, RenderContext ctx) {
        return brochure.title().isEmpty() ? ctx.edition().site().title() : brochure.title();
    }
}
