package org.tessera.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The files of a rendered site by path, for what reads the site itself, like the brochures' PDFs. */
final class SiteFiles {

    private final Map<String, OutputFile> byPath = new HashMap<>();
    private final org.tessera.model.Edition edition;

    /** The files rendered so far, and the edition's assets, which a partial render does not copy again. */
    SiteFiles(List<OutputFile> files, org.tessera.model.Edition edition) {
        this.edition = edition;
        files.forEach(file -> byPath.put(file.path(), file));
    }

    Optional<byte[]> bytes(String path) {
        OutputFile file = byPath.get(path);
        if (file == null && edition.assets().contains(path)) {
            file = new OutputFile.Copied(path, edition.root().resolve(path));
        }
        if (file instanceof OutputFile.Written written) {
            return Optional.of(written.bytes());
        }
        if (file instanceof OutputFile.Copied copied) {
            try {
                return Optional.of(Files.readAllBytes(copied.source()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }
}
