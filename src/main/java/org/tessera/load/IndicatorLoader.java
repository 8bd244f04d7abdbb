package org.tessera.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tessera.model.ColumnType;
import org.tessera.model.Dataset;
import org.tessera.model.Indicator;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.Row;

/** Builds the results frameworks from the indicators dataset: one indicator per code, its rows as periods. */
final class IndicatorLoader {

    static final String NAME = "indicators";
    static final List<String> REQUIRED = List.of("programme", "code", "statement", "unit", "period", "value");
    static final Map<String, ColumnType> TYPES = Map.of("value", ColumnType.NUMBER, "baseline", ColumnType.NUMBER,
            "target", ColumnType.NUMBER, "as_of", ColumnType.DATE);

    static final List<String> OPTIONAL = List.of("level", "baseline", "target", "as_of", "notes");

    List<Indicator> load(Dataset data, List<Problem> problems) {
        return load(data, id -> true, problems);
    }

    /**
     * The indicators of the programmes {@code programmes} accepts (by the programme of an indicator's first row, as
     * the indicator itself has it), and the problems of those.
     */
    List<Indicator> load(Dataset data, java.util.function.Predicate<String> programmes, List<Problem> problems) {
        if (!DatasetColumns.check(data, "indicators", REQUIRED, OPTIONAL, problems)) {
            return List.of();
        }
        Map<String, List<Row>> byCode = new LinkedHashMap<>();
        for (Row row : data.rows()) {
            if (!programmes.test(text(data, row, "programme"))) {
                continue; // another programme's: a part of the edition leaves it out (rows of a code split between
                          // programmes then make an indicator other than the whole edition's, which a part notices)
            }
            String code = text(data, row, "code");
            if (code.isEmpty()) {
                problems.add(Problem.error(at(data, row, "code"), "this indicator row has no code"));
            } else {
                byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(row);
            }
        }
        List<Indicator> indicators = new ArrayList<>();
        byCode.forEach((code, rows) -> {
            if (programmes.test(text(data, rows.get(0), "programme"))) {
                indicator(data, code, rows, problems).ifPresent(indicators::add);
            }
        });
        return List.copyOf(indicators);
    }

    private static Optional<Indicator> indicator(Dataset data, String code, List<Row> rows, List<Problem> problems) {
        Row first = rows.get(0);
        String programme = text(data, first, "programme");
        String statement = text(data, first, "statement");
        String unitText = text(data, first, "unit").toLowerCase(Locale.ROOT);
        Indicator.Unit unit;
        try {
            unit = Indicator.Unit.valueOf(unitText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(at(data, first, "unit"), "unit of " + code + " must be count, percent or score, not \"" + unitText + "\""));
            return Optional.empty();
        }
        for (Row row : rows.subList(1, rows.size())) {
            for (String column : List.of("programme", "unit")) {
                String other = text(data, row, column);
                String expected = column.equals("programme") ? programme : unitText;
                if (!other.isEmpty() && !other.equalsIgnoreCase(expected)) {
                    problems.add(Problem.error(at(data, row, column), code + " has " + column + " \"" + expected + "\" on "
                            + data.rowName(first.line()) + " but \"" + other + "\" here; one indicator belongs to one programme with one unit"));
                }
            }
        }
        List<Indicator.Result> periods = new ArrayList<>();
        Optional<Indicator.Result> cumulative = Optional.empty();
        Map<String, Integer> seenPeriods = new LinkedHashMap<>();
        for (Row row : rows) {
            String period = text(data, row, "period");
            Position at = at(data, row, "period");
            if (period.isEmpty()) {
                problems.add(Problem.error(at, code + ": the period is empty; write a label such as 2021 or Y1"));
                continue;
            }
            Indicator.Result result = new Indicator.Result(period, number(data, row, "value"),
                    text(data, row, "as_of"), text(data, row, "notes"), at(data, row, "value"));
            Integer earlier = seenPeriods.put(period.toLowerCase(Locale.ROOT), row.line());
            if (earlier != null) {
                problems.add(Problem.error(at, code + " has period \"" + period + "\" twice (also on " + data.rowName(earlier)
                        + "); one row per indicator and period"));
            } else if (period.equalsIgnoreCase("cumulative")) {
                cumulative = Optional.of(result);
            } else {
                periods.add(result);
            }
        }
        return Optional.of(new Indicator(code, programme, statement, unit, text(data, first, "level"),
                firstNumber(data, rows, "baseline"), firstNumber(data, rows, "target"),
                List.copyOf(periods), cumulative, data.at(first.line(), 1)));
    }

    private static Optional<BigDecimal> firstNumber(Dataset data, List<Row> rows, String column) {
        return rows.stream().map(r -> number(data, r, column)).flatMap(Optional::stream).findFirst();
    }

    static String text(Dataset data, Row row, String column) {
        return data.columnIndex(column).map(i -> row.cell(i).text()).orElse("");
    }

    static Optional<BigDecimal> number(Dataset data, Row row, String column) {
        return data.columnIndex(column).flatMap(i -> row.cell(i).number());
    }

    static Position at(Dataset data, Row row, String column) {
        return data.at(row.line(), data.columnIndex(column).map(i -> i + 1).orElse(0));
    }
}
