package org.tessera.load;

import java.util.List;

/**
 * The fields one kind of YAML mapping may hold (site.yml, a programme, a hero, a chart block…): the names the loader
 * accepts and the vocabularies it checks, and from the same record the JSON Schema an editor reads, so the two
 * cannot disagree.
 *
 * @param exactlyOne fields of which one and only one must be given (a tile's indicator, value or figure); may be empty
 */
public record Shape(String description, List<Field> fields, List<String> exactlyOne) {

    public Shape {
        fields = List.copyOf(fields);
        exactlyOne = List.copyOf(exactlyOne);
    }

    Shape(String description, Field... fields) {
        this(description, List.of(fields), List.of());
    }

    /**
     * One field. {@code needs} names fields that must be given with it (a literal tile value needs its label).
     */
    public record Field(String name, Kind kind, boolean required, String description, List<String> needs) {

        public Field {
            needs = List.copyOf(needs);
        }
    }

    /** What a field's value may be. Every scalar is read as text by the loader, so numbers are accepted as text. */
    public sealed interface Kind {
    }

    /** Text shown to readers; with several languages, a map of texts by language. */
    public record Text() implements Kind {
    }

    /** A name, code, address or path: a single value. */
    public record Word() implements Kind {
    }

    /** A single value matching {@code pattern} (ECMA 262, as JSON Schema reads it; Java reads it the same). */
    public record Matching(String pattern) implements Kind {
    }

    public record Whole(long min, long max) implements Kind {
    }

    /** A number, written as a number or as a text such as "2,263" or "70%". */
    public record Decimal() implements Kind {
    }

    public record Flag() implements Kind {
    }

    /** One of fixed words, compared without regard to case. */
    public record Choice(List<String> words) implements Kind {

        public Choice {
            words = List.copyOf(words);
        }
    }

    public record ListOf(Kind item) implements Kind {
    }

    public record Mapping(Shape shape) implements Kind {
    }

    /** A mapping whose keys the author chooses (organizations, columns), each key matching {@code keys} when given. */
    public record MapOf(String keys, Kind value) implements Kind {
    }

    /** Any of several forms, e.g. one column or a list of them. */
    public record Either(List<Kind> forms) implements Kind {

        public Either {
            forms = List.copyOf(forms);
        }
    }

    /** The names of all fields, for the loader's unknown-field warning. */
    public String[] names() {
        return fields.stream().map(Field::name).toArray(String[]::new);
    }

    public Field field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + name));
    }

    /** The words a {@link Choice} field takes, for the loader's check of the value. */
    public String[] words(String name) {
        Kind kind = field(name).kind();
        if (kind instanceof Either either) {
            kind = either.forms().stream().filter(Choice.class::isInstance).findFirst().orElseThrow();
        }
        return ((Choice) kind).words().toArray(String[]::new);
    }
}
