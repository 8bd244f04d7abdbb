package org.tessera.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files shipped inside the tool (stylesheets, icon, fonts). */
public final class Resources {

    private Resources() {
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
