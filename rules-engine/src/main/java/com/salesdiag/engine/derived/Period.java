package com.salesdiag.engine.derived;

import java.time.LocalDate;

/**
 * A calendar period as the rules see it: ordered by {@code index} so that rules can say "the periods after a
 * coaching plan ended" without parsing strings.
 */
public record Period(String id, int index, LocalDate start, LocalDate end, boolean underDiagnosis) {
}
