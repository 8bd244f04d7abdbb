package org.tessera.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tessera.model.Column;
import org.tessera.model.Dataset;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.util.Suggest;

/** The columns a special dataset (indicators, donors) must have, and the misspellings of them it may not. */
final class DatasetColumns {

    private DatasetColumns() {
    }

    /**
     * Reports each required column that is missing (an error) and each other column whose name is a near miss of
     * a known one (a warning: the column would be silently ignored). Other extra columns are the edition's own.
     *
     * @return whether every required column is there
     */
    static boolean check(Dataset data, String what, List<String> required, List<String> optional, List<Problem> problems) {
        List<String> known = new ArrayList<>(required);
        known.addAll(optional);
        List<String> present = data.columns().stream().map(Column::name).toList();
        boolean complete = true;
        for (String column : required) {
            if (!present.contains(column)) {
                Optional<String> near = present.stream().filter(p -> !known.contains(p))
                        .filter(p -> Suggest.closest(p, List.of(column)).isPresent()).findFirst();
                Position at = near.map(n -> data.columns().get(present.indexOf(n)).at())
                        .orElse(data.columns().isEmpty() ? data.at(1, 1) : data.columns().get(0).at());
                problems.add(Problem.error(at,
                        "the " + what + " dataset needs a '" + column + "' column" + near.map(n -> " (is '" + n + "' meant to be it?)").orElse("")
                                + "; its columns are " + String.join(", ", required) + " and optionally " + String.join(", ", optional)));
                complete = false;
            }
        }
        for (Column column : data.columns()) {
            if (!known.contains(column.name())) {
                Suggest.closest(column.name(), optional).filter(s -> !present.contains(s))
                        .ifPresent(s -> problems.add(Problem.warning(column.at(), "column '" + column.name()
                                + "' is not a column of the " + what + " dataset (did you mean '" + s + "'?); it is ignored")));
            }
        }
        return complete;
    }
}
