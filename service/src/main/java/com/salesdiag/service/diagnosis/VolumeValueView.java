package com.salesdiag.service.diagnosis;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "The change split into deals won (volume), average won deal (value) and both together "
        + "(interaction, the exact remainder); volume + value + interaction = change")
public record VolumeValueView(long dealsEarlier, long dealsCurrent, BigDecimal averageEarlier,
                              BigDecimal averageCurrent, BigDecimal volume, BigDecimal value, BigDecimal interaction) {
}
