package org.tessera.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.tessera.model.Position;

/** A YAML value that remembers where it was written, so every problem can name its line and column. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    Position at();

    /** What a reader calls this kind of value in a message. */
    String kind();

    /** A scalar as written; {@code textual} when YAML reads it as a string rather than a number or boolean. */
    record Scalar(String text, boolean isNull, boolean textual, Position at) implements YamlNode {
        public String kind() {
            return isNull ? "nothing" : "\"" + text + "\"";
        }
    }

    record Sequence(List<YamlNode> items, Position at) implements YamlNode {
        public String kind() {
            return "a list";
        }
    }

    /** A mapping; keys keep their order and their own positions. */
    record Mapping(LinkedHashMap<String, YamlNode> entries, LinkedHashMap<String, Position> keys, Position at)
            implements YamlNode {
        public String kind() {
            return "a mapping";
        }

        public Optional<YamlNode> get(String key) {
            return Optional.ofNullable(entries.get(key));
        }
    }
}
