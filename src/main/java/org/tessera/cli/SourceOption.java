package org.tessera.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --source DIR}: the edition folder, shared by build, check and serve. */
final class SourceOption {

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the edition folder (default: the current folder)")
    Path source = Path.of(".");
}
