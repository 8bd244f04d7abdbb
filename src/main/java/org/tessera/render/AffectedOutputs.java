package org.tessera.render;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tessera.model.Brochure;
import org.tessera.model.Chart;
import org.tessera.model.Component;
import org.tessera.model.Edition;
import org.tessera.model.Indicator;
import org.tessera.model.Page;
import org.tessera.model.Programme;
import org.tessera.model.SitePaths;
import org.tessera.model.Story;
import org.tessera.model.Table;
import org.tessera.model.Tiles;

/**
 * Which files of a site a change to some source files affects, so that {@code serve} re-renders only those.
 * When a change may reach further than these rules know (site.yml, templates, a file added or removed, a
 * page's navigation title), the answer is "everything".
 */
public final class AffectedOutputs {

    private final Edition before;
    private final Edition after;
    private final Set<String> paths = new LinkedHashSet<>();
    private final Set<String> items = new HashSet<>(); // brochure items whose content changed, e.g. "programme:tajikistan"

    private AffectedOutputs(Edition before, Edition after) {
        this.before = before;
        this.after = after;
    }

    /**
     * The paths inside the site to re-render after {@code changed} (files relative to the edition folder) turned
     * {@code before} into {@code after}; empty when the whole site must be re-rendered.
     */
    public static Optional<Set<String>> of(Edition before, Edition after, Set<String> changed) {
        AffectedOutputs affected = new AffectedOutputs(before, after);
        for (String file : changed) {
            if (!affected.add(file)) {
                return Optional.empty();
            }
        }
        affected.brochures();
        return Optional.of(Set.copyOf(affected.paths));
    }

    private boolean add(String file) {
        String[] parts = file.split("/");
        if (parts.length == 3 && parts[0].equals("content")) {
            String name = parts[2].replaceFirst("\\.[a-z]+$", "");
            return switch (parts[1]) {
                case "programmes" -> programme(name, parts[2].endsWith(".md"));
                case "pages" -> page(name);
                case "data" -> dataset(name);
                default -> false;
            };
        }
        if (parts[0].equals("assets") && before.assets().equals(after.assets()) && after.assets().contains(file)) {
            paths.add(file);
            return true;
        }
        return false;
    }

    private boolean programme(String id, boolean storyFile) {
        Optional<Programme> old = before.programme(id);
        Optional<Programme> now = after.programme(id);
        if (old.isEmpty() || now.isEmpty() || !old.get().countries().equals(now.get().countries())
                || !TaxonomyView.tags(old.get()).equals(TaxonomyView.tags(now.get()))) {
            return false; // a new place or term gets a page, one left behind may lose it
        }
        programmePage(id);
        if (!storyFile || !frontMatter(old.get().story()).equals(frontMatter(now.get().story()))) {
            paths.add("index.html"); // headline figures and programme cards
            paths.add("programmes/index.html");
            now.get().countries().forEach(place -> paths.add(SitePaths.place(place) + "index.html")); // cards and totals
            TaxonomyView.listings(now.get()).forEach(page -> paths.add(page + "index.html"));
        }
        return true;
    }

    /**
     * What listings may show of a story: its front matter, never its body. An edit to the body alone changes
     * the programme's own page (and brochures), not the cards that list it.
     */
    private static List<Object> frontMatter(Optional<Story> story) {
        return story.<List<Object>>map(s -> List.of(s.title(), s.navTitle(), s.summary(), s.order(), s.hero()))
                .orElse(List.of());
    }

    private boolean page(String slug) {
        Optional<Page> old = before.page(slug);
        Optional<Page> now = after.page(slug);
        if (old.isEmpty() || now.isEmpty() || !old.get().navTitle().equals(now.get().navTitle())
                || !old.get().story().order().equals(now.get().story().order())) {
            return false; // every page's navigation shows it
        }
        pagePage(slug);
        paths.add("index.html");
        return true;
    }

    private boolean dataset(String name) {
        if (!before.datasets().containsKey(name) || !after.datasets().containsKey(name)) {
            return false;
        }
        paths.add(SitePaths.dataset(name, "csv"));
        paths.add(SitePaths.dataset(name, "json"));
        paths.add("data/index.html");
        Set<Indicator> rows = name.equals("indicators") ? changedIndicators() : Set.of();
        Set<String> codes = rows.stream().map(Indicator::code).collect(Collectors.toSet());
        Set<String> frameworks = rows.stream().map(Indicator::programme).collect(Collectors.toSet());
        for (Programme programme : after.programmes()) {
            if (frameworks.contains(programme.id()) || programme.story().filter(s -> uses(s, name, codes)).isPresent()) {
                programmePage(programme.id());
            }
        }
        for (Page page : after.pages()) {
            if (uses(page.story(), name, codes)) {
                pagePage(page.slug());
            }
        }
        if (name.equals("donors")) {
            paths.add("donors/index.html");
            paths.add("index.html");
            items.add("donors");
        }
        return true;
    }

    /** The rows, before and after, of the indicators that were added, removed or changed. */
    private Set<Indicator> changedIndicators() {
        Map<String, List<Indicator>> old = byCode(before);
        Map<String, List<Indicator>> now = byCode(after);
        return Stream.concat(old.keySet().stream(), now.keySet().stream())
                .filter(code -> !Objects.equals(old.get(code), now.get(code)))
                .flatMap(code -> Stream.concat(old.getOrDefault(code, List.of()).stream(),
                        now.getOrDefault(code, List.of()).stream()))
                .collect(Collectors.toSet());
    }

    private static Map<String, List<Indicator>> byCode(Edition edition) {
        return edition.indicators().stream().collect(Collectors.groupingBy(Indicator::code));
    }

    private static boolean uses(Story story, String dataset, Set<String> codes) {
        for (Component component : story.components()) {
            if (component instanceof Chart chart && chart.data().equals(dataset)
                    || component instanceof Table table && table.data().equals(dataset)
                    || component instanceof Tiles tiles && tiles.tiles().stream()
                    .anyMatch(t -> t.indicator().filter(codes::contains).isPresent())) {
                return true;
            }
        }
        return story.values().stream().anyMatch(v -> codes.contains(v.code()));
    }

    private void programmePage(String id) {
        paths.add(SitePaths.programme(id) + "index.html");
        items.add("programme:" + id);
    }

    private void pagePage(String slug) {
        paths.add(slug + "/index.html");
        items.add("page:" + slug);
    }

    /** A brochure is rebuilt when it holds anything that changed. */
    private void brochures() {
        for (Brochure brochure : after.site().brochures()) {
            boolean holds = brochure.contents().stream().anyMatch(item ->
                    items.contains(item.ref().isEmpty() ? item.kind().word() : item.kind().word() + ":" + item.ref()));
            if (holds) {
                paths.add(SitePaths.brochurePdf(brochure.id()));
                paths.add(SitePaths.brochurePage(brochure.id()) + "index.html");
            }
        }
    }
}
