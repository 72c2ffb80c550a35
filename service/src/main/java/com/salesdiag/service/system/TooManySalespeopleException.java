package com.salesdiag.service.system;

/** More salespeople in one request than {@code salesdiag.max-salespeople} allows: 422. */
public class TooManySalespeopleException extends RuntimeException {

    private final int count;
    private final int limit;

    public TooManySalespeopleException(int count, int limit) {
        super(count + " salespeople, at most " + limit + " per request");
        this.count = count;
        this.limit = limit;
    }

    public int count() {
        return count;
    }

    public int limit() {
        return limit;
    }
}
