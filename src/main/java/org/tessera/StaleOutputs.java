package org.tessera;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tessera.model.Edition;
import org.tessera.model.SitePaths;
import org.tessera.model.SitePlan;
import org.tessera.render.Templates;

/**
 * Which outputs of a plan would come out differently from the ones made last time: the one rule behind {@code serve}'s
 * live rebuilds and incremental builds. An output is made again when what it reads from the model changed (or it is
 * new), when an interface word it read changed, or when a file it reads beyond the model changed: its template, or an
 * asset.
 *
 * @param inputs   per output path, what it read last time, in a form that compares equal exactly when equal (the
 *                 records themselves, or their fingerprints); an output left out counts as new
 * @param words    per page path, the interface words it read last time
 * @param messages per language ("" for the first), every interface word last time
 */
record StaleOutputs(Map<String, ?> inputs, Map<String, Set<String>> words, Map<String, Map<String, String>> messages) {

    /**
     * The outputs of {@code plan} to make again, given what each reads now ({@code inputs}, in the same form as the
     * last), the interface words now and the source files changed since ('/'-separated, relative to the edition).
     */
    Set<SitePlan.Output> of(SitePlan plan, Map<String, ?> now, Map<String, Map<String, String>> messagesNow,
                            Set<String> changedFiles, Edition edition) {
        Map<String, Set<String>> changedWords = new HashMap<>();
        messagesNow.forEach((language, words) -> changedWords.put(language, changed(messages.get(language), words)));
        Set<SitePlan.Output> stale = new LinkedHashSet<>();
        for (SitePlan.Output output : plan.outputs()) {
            Set<String> changed = changedWords.getOrDefault(output.language(), Set.of());
            boolean remade = !inputs.containsKey(output.path())
                    || !Objects.equals(inputs.get(output.path()), now.get(output.path()))
                    || !Collections.disjoint(words.getOrDefault(output.path(), Set.of()), changed)
                    || !changed.isEmpty() && isBrochure(output) // brochures' words are not recorded: any change reaches them
                    || changedFiles.stream().anyMatch(file -> reads(output, file, edition));
            if (remade) {
                stale.add(output);
            }
        }
        Set<String> paths = stale.stream().map(SitePlan.Output::path).collect(java.util.stream.Collectors.toSet());
        plan.of(SitePlan.Kind.CITABLE).stream().filter(o -> paths.contains(o.subject())).forEach(stale::add); // copies of what changed
        return stale;
    }

    /** The keys whose words differ between two sets of interface words; all of them when there were none before. */
    private static Set<String> changed(Map<String, String> before, Map<String, String> after) {
        if (before == null) {
            return after.keySet(); // a language added: its outputs are all new anyway
        }
        if (before.equals(after)) {
            return Set.of();
        }
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        keys.removeIf(k -> Objects.equals(before.get(k), after.get(k)));
        return keys;
    }

    /**
     * Whether {@code output} reads the source file {@code file} beyond what its model inputs show: its template, or
     * an asset. A page template is read by the pages of its kind; any other template (the layout, partials) by every
     * page; an asset by its own output, a photo by every page that may show it, any asset by the PDFs that embed it.
     */
    private static boolean reads(SitePlan.Output output, String file, Edition edition) {
        if (file.startsWith("templates/") && file.endsWith(".peb")) {
            String name = file.substring("templates/".length(), file.length() - ".peb".length());
            Optional<String> own = Templates.of(output.kind());
            boolean pageTemplate = Templates.PAGES.contains(name);
            return own.map(t -> t.equals(name)).orElse(false)
                    || !pageTemplate && (name.startsWith("brochure/") ? isBrochure(output) : own.isPresent());
        }
        if (file.startsWith(SitePaths.ASSETS)) {
            return output.path().equals(file) || isBrochure(output)
                    || edition.images().containsKey(file) && Templates.of(output.kind()).isPresent();
        }
        return false;
    }

    /**
     * Whether the site shows other photos than it did: which files of a photo the site publishes (its sizes for
     * screens and for print, or the original under its own name) follows from every output that shows it, so a
     * build that made only some outputs again must then make them all.
     *
     * @param before what each output showed last time, by path
     * @param after  what each output of {@code plan} shows now: from this build where it was made, else from before
     */
    static boolean showsOtherPhotos(Map<String, Set<String>> before, Map<String, Set<String>> after) {
        return !union(before).equals(union(after));
    }

    /** What each output of {@code plan} shows: as {@code now} where it was made again, else as {@code before}. */
    static Map<String, Set<String>> shown(SitePlan plan, Map<String, Set<String>> before, Map<String, Set<String>> now) {
        Map<String, Set<String>> shown = new HashMap<>(before);
        shown.keySet().removeIf(path -> plan.at(path).isEmpty());
        shown.putAll(now);
        return shown;
    }

    private static Set<String> union(Map<String, Set<String>> byPath) {
        Set<String> all = new TreeSet<>();
        byPath.values().forEach(all::addAll);
        return all;
    }

    static boolean isBrochure(SitePlan.Output output) {
        return output.kind() == SitePlan.Kind.PDF || output.kind() == SitePlan.Kind.PRINT_PAGE;
    }
}
