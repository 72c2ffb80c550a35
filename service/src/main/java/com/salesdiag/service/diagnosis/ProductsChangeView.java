package com.salesdiag.service.diagnosis;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(description = "The change of the products' own revenue and each product's part of it")
public record ProductsChangeView(BigDecimal earlier, BigDecimal current, BigDecimal change,
                                 List<ContributionView> contributors) {
}
