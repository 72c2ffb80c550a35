package com.salesdiag.service.reviews;

import java.util.Set;

/**
 * Which cases to list: every criterion given must hold; null criteria are not applied. {@code companies} are those
 * the caller belongs to (null: every company).
 */
record CaseQuery(Set<CaseStatus> statuses, CaseKind kind, String company, String department, String salesperson,
                 Long diagnosis, Set<String> companies, int limit, int offset) {
}
