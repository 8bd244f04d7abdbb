package org.tessera.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tessera.model.Column;
import org.tessera.model.ColumnType;
import org.tessera.model.Dataset;
import org.tessera.model.Edition;
import org.tessera.model.Indicator;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.Row;

/** Checks the figures in datasets: declared totals, percent bounds, cumulative rows, indicator ownership. */
final class DataChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DataChecks() {
    }

    static List<Problem> checkIndicators(Edition edition, java.util.Set<String> broken) {
        List<Problem> problems = new ArrayList<>();
        for (Indicator indicator : edition.indicators()) {
            if (edition.programme(indicator.programme()).isEmpty()
                    && !broken.contains("content/programmes/" + indicator.programme() + ".yml")) {
                problems.add(Problem.error(indicator.at(), indicator.code() + " belongs to programme '" + indicator.programme()
                        + "', which has no content/programmes/" + indicator.programme() + ".yml"));
            }
            if (indicator.unit() == Indicator.Unit.PERCENT) {
                for (Indicator.Result result : indicator.periods()) {
                    result.value().ifPresent(v -> checkPercent(indicator.code() + " in " + result.period(), v, result.at(), problems));
                }
                indicator.baseline().ifPresent(v -> checkPercent(indicator.code() + " baseline", v, indicator.at(), problems));
                indicator.target().ifPresent(v -> checkPercent(indicator.code() + " target", v, indicator.at(), problems));
            }
            indicator.cumulative().ifPresent(c -> checkCumulative(indicator, c, problems));
        }
        return problems;
    }

    private static void checkPercent(String what, BigDecimal value, Position at, List<Problem> problems) {
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            problems.add(Problem.error(at, what + " is " + Amounts.show(value) + "%, outside 0–100%"));
        }
    }

    private static void checkCumulative(Indicator indicator, Indicator.Result cumulative, List<Problem> problems) {
        Optional<BigDecimal> computed = indicator.current();
        if (cumulative.value().isEmpty() || computed.isEmpty()) {
            return;
        }
        if (cumulative.value().get().compareTo(computed.get()) != 0) {
            String rule = indicator.unit() == Indicator.Unit.COUNT ? "the sum of its periods" : "its latest period";
            problems.add(Problem.error(cumulative.at(), indicator.code() + ": the cumulative row does not match " + rule + ": "
                    + Amounts.compare(cumulative.value().get(), computed.get())));
        }
    }

    static List<Problem> checkTotals(Dataset data) {
        List<Problem> problems = new ArrayList<>();
        data.totals().row().ifPresent(label -> checkTotalRow(data, label, problems));
        data.totals().column().flatMap(data::columnIndex).ifPresent(index -> checkTotalColumn(data, index, problems));
        return problems;
    }

    private static void checkTotalRow(Dataset data, String label, List<Problem> problems) {
        Optional<Row> total = data.rows().stream().filter(data::isTotalRow).findFirst();
        if (total.isEmpty()) {
            problems.add(Problem.error(data.totals().at(), "the declared total row '" + label + "' is not in " + data.file()
                    + "; add a row whose first cell is " + label + ", or remove 'row' from totals"));
            return;
        }
        List<Row> above = data.rows().subList(0, data.rows().indexOf(total.get()));
        for (int c = 1; c < data.columns().size(); c++) {
            Column column = data.columns().get(c);
            if (!column.type().isNumeric() || column.type() == ColumnType.PERCENT) {
                continue;
            }
            Optional<BigDecimal> stated = total.get().cell(c).number();
            BigDecimal sum = sum(above, c);
            if (stated.isPresent() && stated.get().compareTo(sum) != 0) {
                problems.add(Problem.error(data.at(total.get().line(), c + 1), "the " + label + " row's '"
                        + column.name() + "' is not the sum of the rows above: " + Amounts.compare(stated.get(), sum)));
            }
        }
    }

    private static void checkTotalColumn(Dataset data, int index, List<Problem> problems) {
        for (Row row : data.rows()) {
            Optional<BigDecimal> stated = row.cell(index).number();
            BigDecimal sum = BigDecimal.ZERO;
            for (int c = 0; c < index; c++) {
                if (data.isTotalPart(c)) {
                    sum = sum.add(row.cell(c).number().orElse(BigDecimal.ZERO));
                }
            }
            if (stated.isPresent() && stated.get().compareTo(sum) != 0) {
                problems.add(Problem.error(data.at(row.line(), index + 1), "'" + data.columns().get(index).name()
                        + "' is not the sum of the numeric columns left of it: " + Amounts.compare(stated.get(), sum)));
            }
        }
    }

    private static BigDecimal sum(List<Row> rows, int column) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Row row : rows) {
            sum = sum.add(row.cell(column).number().orElse(BigDecimal.ZERO));
        }
        return sum;
    }

    /** Percent columns of any dataset stay within 0–100. */
    static List<Problem> checkPercentColumns(Dataset data) {
        List<Problem> problems = new ArrayList<>();
        for (int c = 0; c < data.columns().size(); c++) {
            Column column = data.columns().get(c);
            if (column.type() != ColumnType.PERCENT) {
                continue;
            }
            for (Row row : data.rows()) {
                int index = c;
                row.cell(c).number().ifPresent(v -> checkPercent("'" + column.name() + "'", v,
                        data.at(row.line(), index + 1), problems));
            }
        }
        return problems;
    }
}
