package org.tessera.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tessera.model.ColumnType;
import org.tessera.model.Dataset;
import org.tessera.model.Donor;
import org.tessera.model.Position;
import org.tessera.model.Problem;
import org.tessera.model.Row;
import org.tessera.util.Numbers;

/** Reads the contributors from the donors dataset. */
final class DonorLoader {

    static final String NAME = "donors";
    static final Map<String, ColumnType> TYPES = Map.of("amount", ColumnType.MONEY);

    List<Donor> load(Dataset data, List<Problem> problems) {
        if (!DatasetColumns.check(data, "donors", List.of("donor", "amount"), List.of("currency", "kind", "logo"), problems)) {
            return List.of();
        }
        String defaultCurrency = data.columnIndex("amount").map(i -> data.columns().get(i).currency())
                .filter(c -> !c.isEmpty()).orElse("USD");
        List<Donor> donors = new ArrayList<>();
        for (Row row : data.dataRows()) {
            String name = IndicatorLoader.text(data, row, "donor");
            Optional<BigDecimal> amount = IndicatorLoader.number(data, row, "amount");
            if (name.isEmpty()) {
                problems.add(Problem.error(IndicatorLoader.at(data, row, "donor"), "this donor row has no donor name"));
            } else if (amount.isEmpty() && Numbers.isEmpty(IndicatorLoader.text(data, row, "amount"))) {
                problems.add(Problem.error(IndicatorLoader.at(data, row, "amount"), "the contribution of " + name + " is empty; write the amount"));
            } else if (amount.isPresent()) {
                String currency = IndicatorLoader.text(data, row, "currency");
                donors.add(new Donor(name, amount.get(), currency.isEmpty() ? defaultCurrency : currency,
                        IndicatorLoader.text(data, row, "kind"), IndicatorLoader.at(data, row, "donor"), logo(data, row)));
            }
        }
        return List.copyOf(donors);
    }

    private static Optional<Donor.Logo> logo(Dataset data, Row row) {
        String asset = IndicatorLoader.text(data, row, "logo");
        return asset.isEmpty() ? Optional.empty() : Optional.of(new Donor.Logo(asset, IndicatorLoader.at(data, row, "logo")));
    }
}
