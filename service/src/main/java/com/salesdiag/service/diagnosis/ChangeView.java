package com.salesdiag.service.diagnosis;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(description = "Revenue of a scope against one earlier period, or why it could not be compared")
public record ChangeView(
        @Schema(example = "PREVIOUS_PERIOD", description = "PREVIOUS_PERIOD or YEAR_EARLIER") String against,
        @Schema(example = "2026-Q2") String earlierPeriod,
        @Schema(description = "Null when compared; else why not (RESULTS_NOT_SENT, PERIOD_PARTLY_COVERED, "
                + "NO_RESULTS_FOR_EARLIER_PERIOD, NO_RESULT_EARLIER, ...)") String notComparable,
        @Schema(description = "Why not, in words") String reason,
        BigDecimal earlier, BigDecimal current,
        @Schema(description = "current - earlier, to the cent") BigDecimal change,
        @Schema(description = "change / earlier; null when earlier is zero") Double relativeChange,
        @Schema(description = "Departments of the company, salespeople of a department: falls first, largest first, "
                + "then rises") List<ContributionView> contributors,
        PeopleChangeView people,
        @Schema(description = "Null unless deals won are known for every result of the scope in both periods")
        VolumeValueView volumeValue,
        @Schema(description = "The company's products (their own revenue, which may differ from the results' total)")
        ProductsChangeView products) {
}
