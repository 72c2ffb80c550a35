package com.salesdiag.service.rules;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** Rules edits that fail become RFC 9457 problem details listing each problem (file, line, scenario). */
@RestControllerAdvice(assignableTypes = RulesController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RulesProblemAdvice {

    @ExceptionHandler(RulesRejectedException.class)
    ProblemDetail rejected(RulesRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create("urn:salesdiag:problem:rules-rejected"));
        problem.setTitle("Rules edit rejected");
        problem.setProperty("problems", e.problems());
        problem.setProperty("outcome", e.outcome());
        return problem;
    }

    @ExceptionHandler(RulesNotEditableException.class)
    ProblemDetail notEditable(RulesNotEditableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("urn:salesdiag:problem:rules-not-editable"));
        problem.setTitle("Packaged rules cannot be reloaded");
        return problem;
    }
}
