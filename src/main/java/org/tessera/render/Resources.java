package org.tessera.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.tessera.model.Theme;

/** Files shipped inside the tool (stylesheets, icon, fonts). */
public final class Resources {

    private Resources() {
    }

    /**
     * A built-in stylesheet ("static/tessera.css"), followed by the theme's custom properties where the edition has a
     * theme: browsers read them; the PDF engine, which has no var(), is given them when it lays out a brochure.
     */
    public static byte[] stylesheet(String name, Optional<Theme> theme) {
        byte[] css = bytes(name);
        return theme.map(t -> (new String(css, StandardCharsets.UTF_8) + t.cssRule()).getBytes(StandardCharsets.UTF_8)).orElse(css);
    }

    /** The bytes of a file shipped in the jar, e.g. "static/tessera.css" or "fonts/NotoSans-Regular.ttf". */
    public static byte[] bytes(String name) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
