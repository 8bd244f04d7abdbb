package org.tessera.model;

import java.util.List;
import java.util.Optional;

/**
 * A printable brochure: an ordered selection of the edition's contents on one paper size.
 *
 * @param cover its own cover photograph, instead of site.yml's {@code cover}
 * @param flow      whether each programme and page starts a new page
 * @param languages the languages it is published in; empty: every language of the edition
 */
public record Brochure(String id, String title, Paper paper, List<Item> contents, Optional<Hero> cover, Flow flow,
                       List<String> languages, Position at) {

    public enum Paper { A4, LETTER }

    /** Whether the brochure is published in {@code language} (it lists no languages, or that one). */
    public boolean isPublishedIn(String language) {
        return languages.isEmpty() || languages.contains(language);
    }

    /** {@code flow: pages} (the default): each section on a new page; {@code continuous}: on the same page when it fits. */
    public enum Flow { PAGES, CONTINUOUS }

    /** One entry of {@code contents}: its kind and, for programme and page, the id or slug. */
    public record Item(Kind kind, String ref, Position at) {
    }

    public enum Kind {
        COVER("cover"), PROGRAMME("programme"), PAGE("page"), DONORS("donors"), MAP("map"), BACK_COVER("back-cover");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }
}
