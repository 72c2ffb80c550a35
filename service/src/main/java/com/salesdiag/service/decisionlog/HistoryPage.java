package com.salesdiag.service.decisionlog;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One page of a list, newest first. */
@Schema(description = "One page of a list, newest first")
public record HistoryPage<T>(List<T> items,
                             @Schema(description = "How many match in all") long total,
                             int limit, int offset) {
}
