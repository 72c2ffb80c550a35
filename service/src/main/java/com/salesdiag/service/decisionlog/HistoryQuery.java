package com.salesdiag.service.decisionlog;

import java.time.LocalDate;

/** Which diagnoses to list: every criterion given must hold; null criteria are not applied. */
record HistoryQuery(String company, String department, String salesperson, String period, LocalDate from,
                    LocalDate to, int limit, int offset) {
}
