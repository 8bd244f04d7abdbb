package org.tessera.render;

import java.nio.file.Path;

/** A file of the built site: written from bytes, or copied from the edition. */
public sealed interface OutputFile permits OutputFile.Written, OutputFile.Copied {

    /** Path inside the output folder, with '/' separators. */
    String path();

    record Written(String path, byte[] bytes) implements OutputFile {
    }

    record Copied(String path, Path source) implements OutputFile {
    }
}
