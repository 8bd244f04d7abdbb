package org.tessera.resolve;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.tessera.model.Donor;

/** The contributors in descending order of amount, their total and progress to the target. */
public record DonorSummary(List<Donor> donors, BigDecimal total, String currency, Optional<BigDecimal> targetShare) {
}
