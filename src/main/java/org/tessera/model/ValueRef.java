package org.tessera.model;

/** An inline figure {@code {{< value CODE >}}} in prose. */
public record ValueRef(String code, Position at) {
}
