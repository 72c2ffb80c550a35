package com.salesdiag.engine.facts;

/**
 * In the session for each kind of fact the company sent, even as an empty list. A rule that concludes from the
 * absence of a fact ("no training in the last year", "never recognised") needs this first: without it the absence
 * is only of data.
 */
public record DataSent(FactKind kind) {
}
