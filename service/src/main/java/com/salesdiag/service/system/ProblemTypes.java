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
    public static final URI INTERNAL_ERROR = type("internal-error");

    private ProblemTypes() {
    }

    private static URI type(String name) {
        return URI.create("urn:salesdiag:problem:" + name);
    }

    /** The message code of a type's title: {@code salesdiag.problem.invalid-facts.title}. */
    static String titleCode(URI type) {
        return "salesdiag.problem." + type.toString().substring(type.toString().lastIndexOf(':') + 1) + ".title";
    }
}
