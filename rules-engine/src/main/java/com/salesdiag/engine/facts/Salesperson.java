package com.salesdiag.engine.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A member of the sales staff.
 *
 * @param productIds the products this person sells (their portfolio)
 * @param peerGroup  who this person is compared with: people selling the same products. Defaults to the
 *                   department when a CRM export has no finer grouping.
 */
public record Salesperson(String id, String name, String departmentId, LocalDate hireDate,
                          List<String> productIds, String peerGroup) {

    public Salesperson {
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
        if (peerGroup == null || peerGroup.isBlank()) {
            peerGroup = departmentId;
        }
    }
}
