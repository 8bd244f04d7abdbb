package org.tessera.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches an edition's site.yml, content/, assets/ and templates/ and reports the files that changed, one batch
 * per burst of saves (an editor's save is often several events: a temporary file, a rename, a touch).
 */
final class EditionWatcher implements Closeable {

    private static final List<String> FOLDERS = org.tessera.load.EditionLoader.FOLDERS;
    private static final long QUIET_MILLIS = 25;

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

    EditionWatcher(Path root) throws IOException {
        this.root = root;
        this.service = root.getFileSystem().newWatchService();
        folders.put(root.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), root);
        for (String folder : FOLDERS) {
            registerTree(root.resolve(folder));
        }
    }

    /**
     * Calls {@code onChange} with each batch of changed files (relative to the edition, '/'-separated) until
     * closed. An empty batch means the changes could not all be told apart: rebuild everything.
     */
    void run(Consumer<Set<String>> onChange) {
        while (true) {
            try {
                WatchKey key = service.take();
                Set<String> changed = new TreeSet<>();
                Set<String> created = new TreeSet<>();
                boolean everything = collect(key, changed, created);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    everything |= collect(more, changed, created);
                }
                // A file made and removed within one save (e.g. sed -i's temporary file) was never part of the edition.
                created.stream().filter(file -> !Files.exists(root.resolve(file))).forEach(changed::remove);
                if (everything) {
                    onChange.accept(Set.of());
                } else if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            } catch (ClosedWatchServiceException | InterruptedException e) {
                return;
            }
        }
    }

    /** Adds the changed files of one folder's events; true when the change is beyond telling (overflow, a new folder). */
    private boolean collect(WatchKey key, Set<String> changed, Set<String> created) {
        Path folder = folders.get(key);
        boolean everything = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                everything = true;
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            String name = file.getFileName().toString();
            if (isScratch(name)) {
                continue;
            }
            if (folder.equals(root)) {
                if (FOLDERS.contains(name)) {
                    registerTree(file);
                    everything = true; // a whole folder appeared or went
                } else if (name.equals(org.tessera.load.EditionLoader.SITE_FILE)) {
                    changed.add(name);
                }
                continue;
            }
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (event.kind() == ENTRY_CREATE) {
                created.add(relative);
                if (Files.isDirectory(file)) {
                    registerTree(file);
                }
            }
            changed.add(relative);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return everything;
    }

    /** Editors' temporary and backup files, which are not part of the edition. */
    private static boolean isScratch(String name) {
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.endsWith(".swp")
                || name.endsWith(".swx") || name.endsWith(".tmp") || name.equals("4913");
    }

    private void registerTree(Path top) {
        if (!Files.isDirectory(top)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(top)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
            }
        } catch (IOException e) {
            // The folder went away while it was walked; its parent's events tell the rest.
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
