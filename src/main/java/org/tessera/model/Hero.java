package org.tessera.model;

/** A hero photograph with its caption, credit and text alternative. */
public record Hero(String image, String caption, String credit, String alt, Position at) {
}
