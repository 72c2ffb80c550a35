package com.salesdiag.service.system;

import org.springframework.http.HttpStatus;

import java.net.URI;
import java.util.List;

/**
 * A request refused for a reason the caller can act on, answered as a problem detail of {@code type}: a single
 * sentence (message {@code code} with {@code args}) or a list of errors naming each field or parameter.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final URI type;
    private final String code;
    private final transient Object[] args;
    private final transient List<InputError> errors;

    public ProblemException(HttpStatus status, URI type, String code, Object... args) {
        super(type + ": " + code);
        this.status = status;
        this.type = type;
        this.code = code;
        this.args = args.clone();
        this.errors = List.of();
    }

    public ProblemException(HttpStatus status, URI type, List<InputError> errors) {
        super(type + ": " + errors.size() + " error(s)");
        this.status = status;
        this.type = type;
        this.code = null;
        this.args = new Object[0];
        this.errors = List.copyOf(errors);
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return type;
    }

    /** The message code of the detail; null when the problem is a list of errors. */
    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<InputError> errors() {
        return errors;
    }
}
