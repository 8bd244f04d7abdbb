package org.tessera.model;

import java.util.List;

/** A printable brochure: an ordered selection of the edition's contents on one paper size. */
public record Brochure(String id, String title, Paper paper, List<Item> contents, Position at) {

    public enum Paper { A4, LETTER }

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
