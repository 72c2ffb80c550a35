package com.salesdiag.service.rules;

import com.salesdiag.service.system.Problems;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
@RestControllerAdvice(assignableTypes = {RulesController.class, RulesHistoryController.class,
        ScenarioExpectationsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RulesProblemAdvice {

    static final URI RULES_REJECTED = URI.create("urn:salesdiag:problem:rules-rejected");
    static final URI RULES_NOT_EDITABLE = URI.create("urn:salesdiag:problem:rules-not-editable");
    /** The rules folder is not the version the analyst checked: accepting expectations for it would be blind. */
    static final URI RULES_CHANGED = URI.create("urn:salesdiag:problem:rules-changed");

    private final MessageSource messages;
    private final Problems problems;

    RulesProblemAdvice(MessageSource messages, Problems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    @ExceptionHandler(RulesRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RulesRejectedException e, Locale locale) {
        String detail = messages.getMessage(e.code(), e.args(), locale);
        if (!e.problems().isEmpty()) {
            detail += " " + messages.getMessage("salesdiag.rules.firstProblem",
                    new Object[]{e.problems().get(0).toString(locale), e.problemCount() - 1}, locale);
        }
        ProblemDetail problem = problems.of(HttpStatus.UNPROCESSABLE_CONTENT, RULES_REJECTED, detail, null, locale);
        problem.setProperty("problemCount", e.problemCount());
        problem.setProperty("problems", RuleProblemView.of(e.problems(), locale));
        problem.setProperty("outcome", e.outcome());
        return Problems.answer(problem, locale);
    }

    @ExceptionHandler(RulesNotEditableException.class)
    ResponseEntity<ProblemDetail> notEditable(RulesNotEditableException e, Locale locale) {
        return Problems.answer(problems.of(HttpStatus.CONFLICT, RULES_NOT_EDITABLE,
                problems.text(locale, RulesNotEditableException.CODE), null, locale), locale);
    }
}
