package com.salesdiag.service.system;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds every problem detail (RFC 9457) the service answers: the type's URN, its title and the detail from the
 * messages in the reader's language, the status, the request as instance, and a feature's own properties. The
 * controller advices return what it builds; the security entry points and Tomcat's error valve, which answer
 * outside Spring MVC, write it with {@link #write} and {@link #json}, in the same shape. A bean of
 * {@link WebConfiguration}, so that web slices of the tests have it too.
 */
public class Problems {

    /** Most characters of a field, pointer, file or column name shown, and of a message. */
    private static final int SHORT = 200;
    private static final int LONG = 1000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final SalesDiagProperties properties;

    public Problems(MessageSource messages, SalesDiagProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    /** A problem said in one sentence. {@code instance} null leaves it out. */
    public ProblemDetail of(HttpStatusCode status, URI type, String detail, String instance, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(text(locale, ProblemTypes.titleCode(type)));
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        return problem;
    }

    /**
     * A problem listing input errors ({@code errors}, at most salesdiag.max-reported-errors, each cut short, and
     * {@code errorCount}), its detail the first error in one line and how many more: enough for a human who reads
     * only {@code detail}.
     */
    public ProblemDetail ofErrors(HttpStatusCode status, URI type, List<InputError> errors, String instance,
                                  Locale locale) {
        int limit = Math.max(1, properties.maxReportedErrors());
        List<InputError> shown = (errors.size() > limit ? errors.subList(0, limit) : errors).stream()
                .map(Problems::shortened).toList();
        ProblemDetail problem = of(status, type, null, instance, locale);
        problem.setDetail(detail(shown, errors.size(), locale));
        problem.setProperty("errorCount", errors.size());
        problem.setProperty("errors", shown);
        return problem;
    }

    public String text(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    /** The answer, saying the language its title and detail are in. */
    public static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, Locale locale) {
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .body(problem);
    }

    /** Writes the problem as the whole response, for those that answer outside Spring MVC (security filters). */
    public static void write(ProblemDetail problem, Locale locale, HttpServletResponse response) throws IOException {
        response.setStatus(problem.getStatus());
        // JSON is UTF-8 by definition (RFC 8259): bytes, no charset parameter, as the other problem details.
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
        response.getOutputStream().write(json(problem));
    }

    /**
     * The problem as JSON with the members Spring MVC writes (type, title, status, detail, instance when set, then its
     * properties), in that order, as the security entry points and the valve have always written them.
     */
    public static byte[] json(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        // Unset, the type is about:blank (RFC 9457, 4.2.1), which Spring MVC writes out too.
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        if (problem.getTitle() != null) {
            body.put("title", problem.getTitle());
        }
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return JSON.writeValueAsBytes(body);
    }

    private String detail(List<InputError> errors, int count, Locale locale) {
        if (errors.isEmpty()) {
            return null;
        }
        InputError first = errors.get(0);
        String where = first.file() != null
                ? first.file() + (first.row() != null ? ":" + first.row() : "") + (first.column() != null ? " [" + first.column() + "]" : "")
                : first.field() != null && !first.field().isEmpty() ? first.field() : null;
        String line = where == null ? first.message() : where + ": " + first.message();
        return count == 1 ? line : text(locale, "salesdiag.problem.moreErrors", line, count - 1);
    }

    /**
     * An error as a problem detail may show it: whatever quotes the input (a field named by a 50,000-character
     * key, a column header, a message quoting a value) cut short, so that the problem stays small.
     */
    private static InputError shortened(InputError e) {
        return new InputError(Excerpt.of(e.field(), SHORT), Excerpt.of(e.pointer(), SHORT), Excerpt.of(e.file(), SHORT),
                e.row(), Excerpt.of(e.column(), SHORT), Excerpt.of(e.message(), LONG));
    }
}
