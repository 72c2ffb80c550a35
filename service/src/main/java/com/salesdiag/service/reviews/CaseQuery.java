package com.salesdiag.service.reviews;

import java.util.Set;

/** Which cases to list: every criterion given must hold; null criteria are not applied. */
record CaseQuery(Set<CaseStatus> statuses, CaseKind kind, String company, String department, String salesperson,
                 Long diagnosis, int limit, int offset) {
}
