package org.tessera.model;

/** site.yml's {@code images}: whether full-size copies of the photos are published beside the resized ones. */
public record ImageSettings(boolean publishOriginals) {

    public static final ImageSettings DEFAULT = new ImageSettings(false);
}
