package com.salesdiag.service.system;

import java.net.URI;

/** The problem types (RFC 9457) the service answers with; each is described in the service README. */
public final class ProblemTypes {

    public static final URI MALFORMED_JSON = type("malformed-json");
    public static final URI UNREADABLE_FIELD = type("unreadable-field");
    public static final URI UNREADABLE_CSV = type("unreadable-csv");
    public static final URI INVALID_FACTS = type("invalid-facts");
    public static final URI TOO_MANY_SALESPEOPLE = type("too-many-salespeople");
    public static final URI PAYLOAD_TOO_LARGE = type("payload-too-large");
    public static final URI TOO_MANY_PARTS = type("too-many-parts");
    public static final URI INTERNAL_ERROR = type("internal-error");
    public static final URI UNAUTHENTICATED = type("unauthenticated");
    public static final URI FORBIDDEN = type("forbidden");
    public static final URI LOGIN_THROTTLED = type("login-throttled");
    public static final URI REJECTED_PATH = type("rejected-path");
    public static final URI NOT_FOUND = type("not-found");
    public static final URI INVALID_QUERY = type("invalid-query");
    public static final URI INVALID_DECISION = type("invalid-decision");
    public static final URI CASE_CLOSED = type("case-closed");
    public static final URI NOT_RECORDED = type("not-recorded");
    public static final URI STORAGE_UNAVAILABLE = type("storage-unavailable");
    public static final URI BUSY = type("busy");

    private ProblemTypes() {
    }

    private static URI type(String name) {
        return URI.create("urn:salesdiag:problem:" + name);
    }

    /** The message code of a type's title: {@code salesdiag.problem.invalid-facts.title}. */
    public static String titleCode(URI type) {
        return "salesdiag.problem." + type.toString().substring(type.toString().lastIndexOf(':') + 1) + ".title";
    }
}
