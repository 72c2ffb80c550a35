package com.salesdiag.service.system;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.core.JacksonException;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Answers every failure with an RFC 9457 problem detail in the request's language. Bad input gets 400 (cannot be
 * read), 413 (too large) or 422 (read, but not valid facts), with an {@code errors} list naming each field or
 * CSV cell; anything else is the service's fault and says so without leaking internals.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final MessageSource messages;
    private final SalesDiagProperties properties;
    private final Problems problems;

    ProblemDetailsAdvice(MessageSource messages, SalesDiagProperties properties, Problems problems) {
        this.messages = messages;
        this.properties = properties;
        this.problems = problems;
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e, HttpServletRequest request) {
        return e.limit() == properties.maxPayloadSize().toBytes() ? tooLarge(request) : uploadTooLarge(request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(e, FileCountLimitExceededException.class)) {
            return cast(tooManyParts(servlet(request)));
        }
        return cast(formTooLarge(e, servlet(request)));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) {
        if (causedBy(e, FileCountLimitExceededException.class)) {
            return tooManyParts(request);
        }
        PayloadTooLargeException over = cause(e, PayloadTooLargeException.class);
        if (over != null) {
            return tooLarge(over, request);
        }
        if (causedBy(e, MaxUploadSizeExceededException.class)
                || String.valueOf(e.getMessage()).contains("SizeLimitExceeded")) {
            return formTooLarge(e, request);
        }
        String message = text(request, "salesdiag.csv.malformed", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.UNREADABLE_CSV,
                List.of(InputError.inFile(null, null, null, message)), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest webRequest) {
        HttpServletRequest request = servlet(webRequest);
        if (causedBy(e, PayloadTooLargeException.class)) {
            return cast(tooLarge(request));
        }
        JacksonException jackson = cause(e, JacksonException.class);
        if (jackson == null) {
            // No body at all, or a body that is not text.
            String message = text(request, "salesdiag.json.noBody");
            return cast(problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_JSON,
                    List.of(InputError.atField("", message)), request));
        }
        JsonErrors.Failure failure = JsonErrors.of(jackson);
        String message = text(request, failure.code(), failure.args());
        URI type = failure.syntax() ? ProblemTypes.MALFORMED_JSON : ProblemTypes.UNREADABLE_FIELD;
        InputError error = failure.field() == null ? new InputError(null, null, null, null, null, message)
                : InputError.atField(failure.field(), message);
        return cast(problem(HttpStatus.BAD_REQUEST, type, List.of(error), request));
    }

    /** A body of a type the endpoint does not read, or with no Content-Type at all: 415 saying what to send. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> answer = super.handleHttpMediaTypeNotSupported(e, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            String supported = String.join(", ", e.getSupportedMediaTypes().stream().map(Object::toString).toList());
            problem.setDetail(e.getContentType() == null
                    ? text(servlet(request), "salesdiag.problem.noContentType", supported)
                    : text(servlet(request), "salesdiag.problem.unsupportedContentType", e.getContentType(), supported));
        }
        return answer;
    }

    /** A query or path parameter that cannot be converted: 400 naming it, in the reader's language. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        HttpServletRequest servlet = servlet(request);
        InputError error = QueryParameterErrors.unconvertible(e, messages, locale(servlet));
        return cast(problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_QUERY, List.of(error), servlet));
    }

    /** A query string with a broken %-escape ({@code ?to=%ZZ}), which Tomcat refuses to decode. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> badlyEncodedQuery(InvalidParameterException e, HttpServletRequest request) {
        InputError error = QueryParameterErrors.badlyEncoded(e.getMessage(), messages, locale(request));
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_QUERY, List.of(error), request);
    }

    /** Every refusal a feature names (its own subclasses of ProblemException, in its package). */
    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> refused(ProblemException e, HttpServletRequest request) {
        if (e.code() == null) {
            return problem(e.status(), e.type(), e.errors(), request);
        }
        if (e.field() != null) {
            return problem(e.status(), e.type(),
                    List.of(InputError.atField(e.field(), text(request, e.code(), e.args()))), request);
        }
        if (e instanceof RetryLater later) {
            // Not a failure: the service is busy, and says when to come back.
            log.atWarn().addKeyValue("path", request.getRequestURI()).addKeyValue("type", e.type())
                    .log("Request deferred: " + e.getMessage());
            return ResponseEntity.status(e.status())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, later.retryAfter().toSeconds())))
                    .header(HttpHeaders.CONTENT_LANGUAGE, locale(request).getLanguage())
                    .body(problems.of(e.status(), e.type(), text(request, e.code(), e.args()),
                            request.getRequestURI(), locale(request)));
        }
        if (e.status().is5xxServerError()) {
            // The service's own failure (a diagnosis it could not record): said loudly, answered without internals.
            log.atError().setCause(e.getCause()).addKeyValue("path", request.getRequestURI()).addKeyValue("type", e.type())
                    .log("Request not answered: " + e.getMessage());
            return ResponseEntity.status(e.status()).body(problems.of(e.status(), e.type(),
                    text(request, e.code(), e.args()), request.getRequestURI(), locale(request)));
        }
        return Problems.answer(problems.of(e.status(), e.type(), text(request, e.code(), e.args()),
                request.getRequestURI(), locale(request)), locale(request));
    }

    /** The database is down, full or unreachable while reading history or recording a decision. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> storageUnavailable(Exception e, HttpServletRequest request) {
        log.atError().setCause(e).addKeyValue("path", request.getRequestURI()).log("Database unavailable");
        return unavailable(ProblemTypes.STORAGE_UNAVAILABLE, "salesdiag.problem.storage-unavailable.detail", request);
    }

    private ResponseEntity<ProblemDetail> unavailable(URI type, String detailCode, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                type, text(request, detailCode), request.getRequestURI(), locale(request)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.atError().setCause(e).addKeyValue("path", request.getRequestURI()).log("Request failed unexpectedly");
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR,
                text(request, "salesdiag.problem.internal-error.detail"), request.getRequestURI(), locale(request)));
    }

    /** Standard Spring MVC problems (405, 406, 415 ...) get their title and detail in the request's language too. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getInstance() == null) {
            problem.setInstance(URI.create(servlet(request).getRequestURI()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** More form parts than Tomcat reads ({@code server.tomcat.max-part-count}, set from salesdiag.max-form-parts). */
    private ResponseEntity<ProblemDetail> tooManyParts(HttpServletRequest request) {
        String message = text(request, "salesdiag.problem.tooManyParts", properties.maxFormParts());
        return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.TOO_MANY_PARTS,
                List.of(new InputError(null, null, null, null, null, message)), request);
    }

    private ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request) {
        String message = text(request, "salesdiag.problem.payloadTooLarge", properties.maxPayloadSize().toMegabytes());
        return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
                List.of(new InputError(null, null, null, null, null, message)), request);
    }

    /**
     * A form over Tomcat's limits: its text fields over maxPostSize (salesdiag.max-payload-size: they are held in
     * memory), or its files over spring.servlet.multipart.* (salesdiag.max-upload-size: they go to disk).
     */
    private ResponseEntity<ProblemDetail> formTooLarge(Exception e, HttpServletRequest request) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).contains("maxPostSize") ? tooLarge(request) : uploadTooLarge(request);
    }

    /** A CSV form carrying raw files, over salesdiag.max-upload-size. */
    private ResponseEntity<ProblemDetail> uploadTooLarge(HttpServletRequest request) {
        String message = text(request, "salesdiag.problem.uploadTooLarge", properties.maxUploadSize().toMegabytes());
        return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
                List.of(new InputError(null, null, null, null, null, message)), request);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, URI type, List<InputError> errors,
                                                  HttpServletRequest request) {
        log.atInfo().addKeyValue("status", status.value()).addKeyValue("type", type.toString())
                .addKeyValue("errorCount", errors.size()).addKeyValue("path", request.getRequestURI())
                .log("Input rejected");
        return Problems.answer(problems.ofErrors(status, type, errors, request.getRequestURI(), locale(request)),
                locale(request));
    }

    private String text(HttpServletRequest request, String code, Object... args) {
        return problems.text(locale(request), code, args);
    }

    private static Locale locale(HttpServletRequest request) {
        try {
            return RequestContextUtils.getLocale(request);
        } catch (IllegalStateException e) {
            return request.getLocale();
        }
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return ((org.springframework.web.context.request.ServletWebRequest) request).getRequest();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> entity) {
        return (ResponseEntity) entity;
    }
}
