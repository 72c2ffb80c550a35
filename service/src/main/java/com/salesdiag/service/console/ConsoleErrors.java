package com.salesdiag.service.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;

import java.security.Principal;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * A page that cannot be shown is a page of the console in the reader's language, not the API's problem detail: a
 * diagnosis or salesperson not found (or not the caller's to see, which looks the same), a parameter of a wrong form.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

    @ExceptionHandler(ResponseStatusException.class)
    String status(ResponseStatusException e, HttpServletRequest request, HttpServletResponse response,
                  Principal user, Locale locale, Model model) {
        ConsolePage.fill(model, (Authentication) user, locale, request);
        response.setStatus(e.getStatusCode().value());
        return e.getStatusCode().value() == HttpStatus.NOT_FOUND.value() ? "console/not-found" : "console/bad-request";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(HttpServletRequest request, HttpServletResponse response, Principal user, Locale locale,
                        Model model) {
        ConsolePage.fill(model, (Authentication) user, locale, request);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "console/bad-request";
    }
}
