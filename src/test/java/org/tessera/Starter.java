package org.tessera;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.tessera.cli.Main;

/** The starter edition of {@code tessera new}, written into a test's folder, and small edits to it. */
public final class Starter {

    private Starter() {
    }

    public static Path write(Path folder) {
        Path edition = folder.resolve("edition");
        assertEquals(0, Main.run("new", edition.toString()));
        return edition;
    }

    /**
     * Replaces {@code from} with {@code to} in a file of the edition (the text must be there), saving the way many
     * editors do: a hidden temporary file renamed over the original, so a watcher never sees half a file.
     */
    public static void edit(Path edition, String file, String from, String to) throws IOException {
        Path path = edition.resolve(file);
        String text = Files.readString(path);
        if (!text.contains(from)) {
            throw new AssertionError(file + " does not contain " + from);
        }
        Path temporary = path.resolveSibling("." + path.getFileName() + ".tmp");
        Files.writeString(temporary, text.replace(from, to));
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
