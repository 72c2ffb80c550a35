package com.salesdiag.engine.derived;

/**
 * No cause upstream of the person (company, department, products, own training, goals) stands for this
 * salesperson. The only door to personal coaching and to an HR review (docs/domain.md, invariant 1).
 */
public record UpstreamCleared(String salespersonId) {
}
