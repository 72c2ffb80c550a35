package com.salesdiag.engine.derived;

/**
 * A scope's change split by who was there: the change of the salespeople with a result in both periods, the revenue
 * of those with one only now (joined, or no result earlier) and minus that of those with one only earlier (left, or
 * no result now). The three add up to the scope's change to the cent.
 */
public record PeopleChange(int continuing, long continuingCents, int joined, long joinedCents, int left,
                           long leftCents) {
}
