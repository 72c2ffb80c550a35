package com.salesdiag.service.system;

import org.springframework.http.HttpStatus;

import java.net.URI;
import java.util.List;

/**
 * A request refused for a reason the caller can act on, answered as a problem detail of {@code type}: a single
 * sentence (message {@code code} with {@code args}) or a list of errors naming each field or parameter. A feature
 * keeps its own refusals as subclasses in its package; {@code ProblemDetailsAdvice} answers them all through
 * {@link Problems}.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final URI type;
    private final String code;
    private final transient Object[] args;
    private final transient List<InputError> errors;
    /** When set, the sentence is the one error of an {@code errors} list, at this field. */
    private final String field;

    public ProblemException(HttpStatus status, URI type, String code, Object... args) {
        super(type + ": " + code);
        this.status = status;
        this.type = type;
        this.code = code;
        this.args = args.clone();
        this.errors = List.of();
        this.field = null;
    }

    /** A problem of one sentence that a reader should see as the error of one {@code field} of the input. */
    protected ProblemException(HttpStatus status, URI type, String code, Object[] args, String field) {
        super(type + ": " + code);
        this.status = status;
        this.type = type;
        this.code = code;
        this.args = args.clone();
        this.errors = List.of();
        this.field = field;
    }

    /** The service's own failure ({@code status} 5xx) with its {@code cause}, logged where it is answered. */
    protected ProblemException(HttpStatus status, URI type, String code, Throwable cause) {
        super(type + ": " + code, cause);
        this.status = status;
        this.type = type;
        this.code = code;
        this.args = new Object[0];
        this.errors = List.of();
        this.field = null;
    }

    public ProblemException(HttpStatus status, URI type, List<InputError> errors) {
        super(type + ": " + errors.size() + " error(s)");
        this.status = status;
        this.type = type;
        this.code = null;
        this.args = new Object[0];
        this.errors = List.copyOf(errors);
        this.field = null;
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

    /** The field the sentence is about, for a problem answered as a list of one error; null otherwise. */
    public String field() {
        return field;
    }
}
