package com.salesdiag.service.rules;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.Locale;

/**
 * Rules edits that fail become RFC 9457 problem details in the reader's language, listing each problem (file,
 * line, scenario); {@code detail} says what was refused and the first problem, for a reader of that line alone.
 */
@RestControllerAdvice(assignableTypes = RulesController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RulesProblemAdvice {

    private final MessageSource messages;

    RulesProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RulesRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RulesRejectedException e, Locale locale) {
        String detail = messages.getMessage(e.code(), e.args(), locale);
        if (!e.problems().isEmpty()) {
            detail += " " + messages.getMessage("salesdiag.rules.firstProblem",
                    new Object[]{e.problems().get(0).toString(), e.problemCount() - 1}, locale);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
        problem.setType(URI.create("urn:salesdiag:problem:rules-rejected"));
        problem.setTitle(messages.getMessage("salesdiag.problem.rules-rejected.title", null, locale));
        problem.setProperty("problemCount", e.problemCount());
        problem.setProperty("problems", RuleProblemView.of(e.problems()));
        problem.setProperty("outcome", e.outcome());
        return inLanguage(problem, locale);
    }

    @ExceptionHandler(RulesNotEditableException.class)
    ResponseEntity<ProblemDetail> notEditable(RulesNotEditableException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(RulesNotEditableException.CODE, null, locale));
        problem.setType(URI.create("urn:salesdiag:problem:rules-not-editable"));
        problem.setTitle(messages.getMessage("salesdiag.problem.rules-not-editable.title", null, locale));
        return inLanguage(problem, locale);
    }

    private static ResponseEntity<ProblemDetail> inLanguage(ProblemDetail problem, Locale locale) {
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .body(problem);
    }
}
