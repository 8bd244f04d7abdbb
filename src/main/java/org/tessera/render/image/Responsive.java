package org.tessera.render.image;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The published sizes of one photo, for an {@code <img srcset>}: paths are from the site root, so a page prefixes
 * its own way back to the root. {@code fallback} is the size browsers without srcset get, and gives the
 * {@code width} and {@code height} attributes that reserve the photo's space before it arrives.
 */
public record Responsive(List<Variant> variants, Variant fallback) {

    /** One published size of a photo. */
    public record Variant(String path, int width, int height) {
    }

    public String src(String root) {
        return root + url(fallback.path());
    }

    public String srcset(String root) {
        return variants.stream().map(v -> root + url(v.path()) + " " + v.width() + "w").collect(Collectors.joining(", "));
    }

    /** Spaces and commas would split a srcset entry. */
    private static String url(String path) {
        return path.replace(" ", "%20").replace(",", "%2C");
    }
}
