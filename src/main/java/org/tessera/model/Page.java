package org.tessera.model;

/** A free page from content/pages/&lt;slug&gt;.md. */
public record Page(String slug, String title, String navTitle, Story story) {
}
