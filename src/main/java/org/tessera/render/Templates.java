package org.tessera.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tessera.model.SitePlan;
import org.tessera.model.Edition;

/**
 * The Pebble templates of a site: the built-in ones on the classpath, each overridable by a file of the same
 * name in the edition's templates/ folder. Templates are compiled once per engine and cached.
 */
public final class Templates {

    private final PebbleEngine engine;
    private final Path editionTemplates;
    private final Messages messages;

    /** The page template each kind of output of the plan is rendered with. */
    private static final Map<SitePlan.Kind, String> BY_KIND = Map.ofEntries(Map.entry(SitePlan.Kind.HOME, "home"),
            Map.entry(SitePlan.Kind.PROGRAMMES, "programmes"), Map.entry(SitePlan.Kind.PROGRAMME, "programme"),
            Map.entry(SitePlan.Kind.PLACE, "place"), Map.entry(SitePlan.Kind.TERM, "place"),
            Map.entry(SitePlan.Kind.TERMS, "taxonomy"), Map.entry(SitePlan.Kind.COUNTRIES, "countries"),
            Map.entry(SitePlan.Kind.PAGE, "page"), Map.entry(SitePlan.Kind.DONORS, "donors"), Map.entry(SitePlan.Kind.DATA, "data"),
            Map.entry(SitePlan.Kind.NOT_FOUND, "404"), Map.entry(SitePlan.Kind.CHANGES, "changes"),
            Map.entry(SitePlan.Kind.SEARCH, "search"), Map.entry(SitePlan.Kind.CHART, "chart"));
    /** The names of the page templates; every other template (the layout, partials, brochure/…) serves several. */
    public static final java.util.Set<String> PAGES = java.util.Set.copyOf(BY_KIND.values());

    /** The page template of an output of {@code kind}; empty for an output that is not a page. */
    public static Optional<String> of(SitePlan.Kind kind) {
        return Optional.ofNullable(BY_KIND.get(kind));
    }

    /** The templates and interface words of an edition: its own templates/ over the built-in ones. */
    public static Templates of(Edition edition) {
        Path own = edition.root().resolve("templates");
        return new Templates(own, Messages.load(edition.site().language(), own));
    }

    public Templates(Path editionTemplates, Messages messages) {
        this.editionTemplates = editionTemplates;
        this.messages = messages;
        List<Loader<?>> loaders = new ArrayList<>();
        if (Files.isDirectory(editionTemplates)) {
            FileLoader own = new FileLoader(editionTemplates.toString());
            own.setSuffix(".peb");
            loaders.add(own);
        }
        ClasspathLoader builtIn = new ClasspathLoader(Templates.class.getClassLoader());
        builtIn.setPrefix("templates");
        builtIn.setSuffix(".peb");
        loaders.add(builtIn);
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .autoEscaping(true)
                // Pebble's own "html" escapes the same five characters through unbescape, whose tables of every HTML
                // entity take a build that renders one page 10-15 ms to set up.
                .addEscapingStrategy("html", Html::escape)
                .strictVariables(false)
                .newLineTrimming(true)
                .extension(new Words(messages))
                .build();
    }

    /** The interface words the templates print. */
    public Messages messages() {
        return messages;
    }

    /** Renders the named template (without .peb) with {@code context}. */
    public String render(String name, Map<String, Object> context) {
        try {
            PebbleTemplate template = engine.getTemplate(name);
            Page out = new Page();
            template.evaluate(out, context);
            return out.text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PebbleException e) {
            String failed = e.getFileName() != null ? e.getFileName() : name;
            String file = Files.isRegularFile(editionTemplates.resolve(failed + ".peb"))
                    ? "templates/" + failed + ".peb" : "built-in template " + failed + ".peb";
            throw new TemplateFailure(file, e);
        }
    }

    /** Where a template writes: a StringWriter without the locking of its StringBuffer, paid on every write. */
    private static final class Page extends Writer {
        private final StringBuilder text = new StringBuilder(16 * 1024);

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string) {
            text.append(string);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string.substring(offset, offset + length)); // a String range is copied char by char
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** A template that could not be compiled or evaluated, told with its file and line. */
    public static final class TemplateFailure extends RuntimeException {
        private final String file;

        TemplateFailure(String file, PebbleException cause) {
            super(cause.getPebbleMessage() == null ? cause.getMessage() : cause.getPebbleMessage(), cause);
            this.file = file;
        }

        /** The edition's template file, or the built-in template's name. */
        public String file() {
            return file;
        }

        public int line() {
            Integer line = ((PebbleException) getCause()).getLineNumber();
            return line == null ? 0 : line;
        }
    }

    /** {@code t('key', args...)} in templates: an interface word in the edition's language. */
    private static final class Words extends AbstractExtension {
        private final Messages messages;

        Words(Messages messages) {
            this.messages = messages;
        }

        @Override
        public Map<String, Function> getFunctions() {
            return Map.of("t", new Function() {
                @Override
                public List<String> getArgumentNames() {
                    return null; // positional: t('key', arg0, arg1, ...)
                }

                @Override
                public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                    String key = String.valueOf(args.get("0"));
                    List<Object> rest = new ArrayList<>();
                    for (int i = 1; args.containsKey(String.valueOf(i)); i++) {
                        rest.add(args.get(String.valueOf(i)));
                    }
                    return rest.isEmpty() ? messages.get(key) : messages.format(key, rest.toArray());
                }
            });
        }
    }
}
