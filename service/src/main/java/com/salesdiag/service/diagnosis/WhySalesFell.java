package com.salesdiag.service.diagnosis;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "The short answer to \"why did sales fall?\" for the company and each department")
public record WhySalesFell(ShortfallAnswer company, List<ShortfallAnswer> departments,
                           @Schema(description = "Revenue against the previous period and the same period a year "
                                   + "earlier: the company, then departments, salespeople and products")
                           List<ScopeChange> changes) {

    public WhySalesFell(ShortfallAnswer company, List<ShortfallAnswer> departments) {
        this(company, departments, List.of());
    }
}
