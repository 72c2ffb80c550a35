package com.salesdiag.service.console;

import com.salesdiag.service.system.PayloadTooLargeException;
import com.salesdiag.service.system.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Whatever a console page fails with becomes the console's error page ({@link ConsoleErrorPages}) with the status
 * it stands for: a page that does not exist 404, an address with a value of the wrong form 400, an upload over the
 * limit 413, anything unexpected 500 (logged with its cause). Runs before the API's problem-detail handlers, and only
 * for the console's requests ({@link ConsoleRequests}): the API keeps its RFC 9457 JSON.
 */
@Component
class ConsoleExceptionResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ConsoleExceptionResolver.class);

    private final ConsoleErrorPages pages;

    ConsoleExceptionResolver(ConsoleErrorPages pages) {
        this.pages = pages;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        if (!ConsoleRequests.isConsole(request)) {
            return null;
        }
        int status = status(e);
        if (status >= 500) {
            log.atError().setCause(e).addKeyValue("path", ConsoleRequests.path(request))
                    .log("A console page failed");
        }
        return pages.page(status, request, SecurityContextHolder.getContext().getAuthentication(),
                RequestContextUtils.getLocale(request));
    }

    static int status(Exception e) {
        if (e instanceof ProblemException problem) {
            return problem.status().value();
        }
        if (e instanceof PayloadTooLargeException || e instanceof MaxUploadSizeExceededException
                || (e instanceof MultipartException && String.valueOf(e.getMessage()).contains("SizeLimitExceeded"))) {
            return 413;
        }
        if (e instanceof TypeMismatchException || e instanceof MissingServletRequestParameterException) {
            return 400;
        }
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return 405;
        }
        if (e instanceof ErrorResponse known) {
            // Spring's own: no such page (NoResourceFoundException) 404, a status asked for (ResponseStatusException)
            return known.getStatusCode().value();
        }
        return 500;
    }

    /** After Spring Boot's DefaultErrorAttributes (which only notes the error), before the handlers' advice. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
