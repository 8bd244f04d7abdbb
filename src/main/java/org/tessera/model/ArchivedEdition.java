package org.tessera.model;

import java.util.List;

/**
 * An earlier edition that this one publishes under editions/&lt;slug&gt;/: a folder of a built site inside the edition
 * folder (site.yml {@code archive:}), read as it is and never rebuilt.
 *
 * @param folder   the built site's folder, relative to the edition ("archive/2022-09")
 * @param at       where site.yml lists it
 * @param manifest what the archived build says it holds (its edition.json)
 * @param files    its files, relative to {@code folder}, sorted; its own editions/ folder left out (never nested)
 * @param pages    those of its files its sitemap lists: the pages meant for search, which this site's sitemap lists too
 */
public record ArchivedEdition(String folder, Position at, EditionManifest manifest, List<String> files, List<String> pages) {

    public ArchivedEdition {
        files = List.copyOf(files);
        pages = List.copyOf(pages);
    }

    public String slug() {
        return manifest.slug();
    }

    /** The path of one of its files inside the edition folder. */
    public String source(String file) {
        return folder + "/" + file;
    }
}
