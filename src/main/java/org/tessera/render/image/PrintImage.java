package org.tessera.render.image;

import org.tessera.render.OutputFile;

/** A photo resized for print (about 300 dpi at its printed width): where it goes in the output, its size and bytes. */
public record PrintImage(String path, int width, int height, byte[] bytes) {

    /** The file to add to the site's output so the print page can load it from {@code path}. */
    public OutputFile file() {
        return new OutputFile.Written(path, bytes);
    }
}
