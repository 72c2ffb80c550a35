package com.salesdiag.engine.facts;

import java.time.LocalDate;

/** A past recognition; {@code incentive} is null for recognition without one. */
public record Recognition(String salespersonId, LocalDate date, Incentive incentive) {
}
