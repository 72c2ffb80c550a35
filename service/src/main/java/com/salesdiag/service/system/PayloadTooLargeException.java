package com.salesdiag.service.system;

/** A request body over {@code salesdiag.max-payload-size}: 413. */
public class PayloadTooLargeException extends RuntimeException {

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("Request body over " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
