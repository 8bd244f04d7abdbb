package org.tessera.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.WrittenDate;
import org.tessera.util.Numbers;
import org.tessera.util.Suggest;

/**
 * Typed access to the fields of one YAML mapping. A field that is missing or of the wrong kind adds a
 * problem naming the field, where it is and what was expected, and reads as absent.
 */
final class Fields {

    private final YamlNode.Mapping mapping;
    private final String where;
    private final List<Problem> problems;
    private final TextLanguage language;

    /**
     * {@code where} names the mapping for messages, e.g. "site.yml" or "budget"; {@code language} is the language its
     * text fields are read in.
     */
    Fields(YamlNode.Mapping mapping, String where, TextLanguage language, List<Problem> problems) {
        this.mapping = mapping;
        this.where = where;
        this.language = language;
        this.problems = problems;
    }

    /** Reads {@code node} as a mapping, or reports that one was expected. */
    static Optional<Fields> of(YamlNode node, String where, TextLanguage language, List<Problem> problems) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new Fields(m, where, language, problems));
        }
        if (!(node instanceof YamlNode.Scalar s && s.isNull())) {
            problems.add(Problem.error(node.at(), where + " should be a mapping of 'name: value' lines, not " + node.kind()));
        }
        return Optional.empty();
    }

    Position at() {
        return mapping.at();
    }

    Position at(String key) {
        return mapping.keys().getOrDefault(key, mapping.at());
    }

    boolean has(String key) {
        return mapping.get(key).filter(n -> !(n instanceof YamlNode.Scalar s && s.isNull())).isPresent();
    }

    Optional<YamlNode> node(String key) {
        return mapping.get(key).filter(n -> !(n instanceof YamlNode.Scalar s && s.isNull()));
    }

    /** Warns about fields this mapping does not know; they are usually misspellings. */
    void allowOnly(String... known) {
        Set<String> allowed = new LinkedHashSet<>(Arrays.asList(known));
        for (String key : mapping.entries().keySet()) {
            if (!allowed.contains(key)) {
                problems.add(Problem.warning(at(key), "unknown field '" + key + "' in " + where
                        + Suggest.closest(key, allowed).map(s -> " (did you mean '" + s + "'?)").orElse("")
                        + "; known fields: " + String.join(", ", allowed)));
            }
        }
    }

    /** Warns about fields the shape does not define. */
    void allowOnly(Shape shape) {
        allowOnly(shape.names());
    }

    /** A value from the words of a {@link Shape.Choice} field of {@code shape}. */
    Optional<String> oneOf(String key, Shape shape) {
        return oneOf(key, shape.words(key));
    }

    String requiredText(String key) {
        return required(key, text(key));
    }

    /** A required text that may be a map by language ({@link #translatable}). */
    String requiredTranslatable(String key) {
        return required(key, translatable(key));
    }

    private String required(String key, Optional<String> text) {
        if (!mapping.entries().containsKey(key)) {
            problems.add(Problem.error(mapping.at(), where + " is missing the required field '" + key + "'"));
        } else if (node(key).isEmpty() || text.filter(String::isBlank).isPresent()) {
            problems.add(Problem.error(at(key), "'" + key + "' in " + where + " must not be empty"));
        } // else a list or mapping where a text belongs, already reported by text()
        return text.orElse("");
    }

    Optional<String> text(String key) {
        return node(key).flatMap(n -> scalarText(n, key));
    }

    String textOr(String key, String fallback) {
        return text(key).orElse(fallback);
    }

    /** Text for readers, which may be written as a map by language: the text in the language being read. */
    Optional<String> translatable(String key) {
        return node(key).map(n -> language.choose(n, key, where, problems))
                .filter(n -> !(n instanceof YamlNode.Scalar s && s.isNull())).flatMap(n -> scalarText(n, key));
    }

    String translatableOr(String key, String fallback) {
        return translatable(key).orElse(fallback);
    }

    /** A list of texts for readers: the whole list, or each item, may be a map by language. */
    List<String> translatableList(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        YamlNode list = node.get() instanceof YamlNode.Mapping ? language.choose(node.get(), key, where, problems) : node.get();
        List<YamlNode> items = list instanceof YamlNode.Sequence seq ? seq.items() : List.of(list);
        List<String> out = new ArrayList<>();
        for (YamlNode item : items) {
            YamlNode chosen = list == node.get() ? language.choose(item, key, where, problems) : item;
            if (!(chosen instanceof YamlNode.Scalar s && s.isNull())) {
                scalarText(chosen, key).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    /** The language text fields are read in. */
    TextLanguage language() {
        return language;
    }

    /** The same fields read in {@code other}. */
    Fields in(TextLanguage other) {
        return new Fields(mapping, where, other, problems);
    }

    private Optional<String> scalarText(YamlNode node, String key) {
        if (node instanceof YamlNode.Scalar s) {
            return Optional.of(s.text().strip());
        }
        problems.add(Problem.error(node.at(), "'" + key + "' in " + where + " should be a single value, not " + node.kind()));
        return Optional.empty();
    }

    /** A list of texts; a single value is accepted as a list of one. */
    List<String> textList(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YamlNode.Sequence seq) {
            List<String> out = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                scalarText(item, key).ifPresent(out::add);
            }
            return List.copyOf(out);
        }
        return scalarText(node.get(), key).map(List::of).orElse(List.of());
    }

    Optional<BigDecimal> decimal(String key) {
        return text(key).flatMap(t -> {
            Optional<BigDecimal> number = Numbers.parse(t);
            if (number.isEmpty()) {
                problems.add(Problem.error(node(key).get().at(), "'" + key + "' in " + where + ": \"" + t
                        + "\" is not a number" + Numbers.hint(t)));
            }
            return number;
        });
    }

    OptionalInt integer(String key, int min, int max) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value < min || value > max) {
                problems.add(Problem.error(node(key).get().at(), "'" + key + "' in " + where + " must be between "
                        + min + " and " + max + ", not " + value));
                return OptionalInt.empty();
            }
            return OptionalInt.of(value);
        } catch (NumberFormatException e) {
            problems.add(Problem.error(node(key).get().at(), "'" + key + "' in " + where + " must be a whole number, not \""
                    + text.get() + "\""));
            return OptionalInt.empty();
        }
    }

    Optional<LocalDate> date(String key) {
        return text(key).flatMap(t -> {
            try {
                return Optional.of(LocalDate.parse(t));
            } catch (DateTimeParseException e) {
                problems.add(Problem.error(node(key).get().at(), "'" + key + "' in " + where + ": \"" + t
                        + "\" is not a date; write it as YYYY-MM-DD, e.g. 2020-10-28"));
                return Optional.empty();
            }
        });
    }

    /** A date written to the year, month or day ({@link WrittenDate}). */
    Optional<WrittenDate> writtenDate(String key) {
        return text(key).flatMap(t -> {
            Optional<WrittenDate> date = WrittenDate.parse(t);
            if (date.isEmpty()) {
                problems.add(Problem.error(node(key).get().at(), "'" + key + "' in " + where + ": \"" + t
                        + "\" is not a date; write it as " + WrittenDate.FORMS));
            }
            return date;
        });
    }

    /** A value from a fixed vocabulary, compared without regard to case. */
    Optional<String> oneOf(String key, String... allowed) {
        return text(key).flatMap(t -> {
            String lower = t.toLowerCase(Locale.ROOT);
            for (String a : allowed) {
                if (a.toLowerCase(Locale.ROOT).equals(lower)) {
                    return Optional.of(a);
                }
            }
            problems.add(Problem.error(node(key).get().at(), "'" + key + "' in " + where + " must be one of "
                    + String.join(", ", allowed) + ", not \"" + t + "\""));
            return Optional.empty();
        });
    }

    boolean flag(String key, boolean fallback) {
        return text(key).map(t -> switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> {
                problems.add(Problem.error(node(key).get().at(), "'" + key + "' in " + where + " must be true or false, not \"" + t + "\""));
                yield fallback;
            }
        }).orElse(fallback);
    }

    Optional<Fields> mapping(String key) {
        return node(key).flatMap(n -> of(n, "'" + key + "'", language, problems));
    }

    /** The items of a list field; reports a non-list. */
    List<YamlNode> list(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YamlNode.Sequence seq) {
            return seq.items();
        }
        problems.add(Problem.error(node.get().at(), "'" + key + "' in " + where + " should be a list (lines starting with '- ')"));
        return List.of();
    }

    YamlNode.Mapping raw() {
        return mapping;
    }

    List<Problem> problems() {
        return problems;
    }
}
