package com.salesdiag.service.diagnosis;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "A scope's change by who was there; the three amounts add up to the change")
public record PeopleChangeView(
        @Schema(description = "Salespeople with a result in both periods") int continuing, BigDecimal continuingChange,
        @Schema(description = "With a result only now: joined, or no result recorded earlier") int joined,
        BigDecimal joinedRevenue,
        @Schema(description = "With a result only earlier: left, or no result recorded now") int left,
        @Schema(description = "Minus their earlier revenue") BigDecimal leftRevenue) {
}
