package com.salesdiag.service.system;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.ResolvableType;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What is wrong with a query or path parameter that could not even be converted, named and said in the reader's
 * language ("'abc' is not a whole number", "'CLOSED' is not one of OPEN, DEFERRED, ...") rather than Spring's
 * "Failed to convert".
 */
final class QueryParameterErrors {

    /** Tomcat names the parameter it could not decode in its message: "Parameter [to] with value [%ZZ] ...". */
    private static final Pattern TOMCAT_PARAMETER = Pattern.compile("Parameter \\[([A-Za-z0-9_.-]{1,64})]");

    private QueryParameterErrors() {
    }

    static InputError unconvertible(TypeMismatchException e, MessageSource messages, Locale locale) {
        String name = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
        String value = shown(e.getValue());
        Class<?> element = elementType(e);
        String message;
        if (element != null && element.isEnum()) {
            String allowed = Arrays.stream(element.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            message = messages.getMessage("salesdiag.query.notOneOf", new Object[]{value, allowed}, locale);
        } else if (element == LocalDate.class) {
            message = messages.getMessage("salesdiag.query.date", new Object[]{value}, locale);
        } else if (element != null && (Number.class.isAssignableFrom(element) || element == int.class
                || element == long.class)) {
            String code = String.valueOf(value).strip().matches("[-+]?\\d+") ? "salesdiag.query.outOfRange"
                    : "salesdiag.query.notANumber";
            message = messages.getMessage(code, new Object[]{value}, locale);
        } else {
            message = messages.getMessage("salesdiag.query.unreadable", new Object[]{value}, locale);
        }
        return InputError.atParameter(name, message);
    }

    /** The type one value had to be: the element type of a list or array parameter ({@code ?status=A,B}). */
    private static Class<?> elementType(TypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        if (type != null && type.isArray()) {
            return type.getComponentType();
        }
        if (type != null && Collection.class.isAssignableFrom(type)
                && e instanceof MethodArgumentTypeMismatchException argument) {
            return ResolvableType.forMethodParameter(argument.getParameter()).asCollection().resolveGeneric(0);
        }
        return type;
    }

    /** A query string with a broken %-escape: Tomcat refuses to decode any of its parameters. */
    static InputError badlyEncoded(String tomcatMessage, MessageSource messages, Locale locale) {
        Matcher named = TOMCAT_PARAMETER.matcher(tomcatMessage == null ? "" : tomcatMessage);
        String message = messages.getMessage("salesdiag.query.badEncoding", null, locale);
        return named.find() ? InputError.atParameter(named.group(1), message)
                : new InputError(null, null, null, null, null, message);
    }

    private static String shown(Object value) {
        String text = value instanceof Object[] values
                ? Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(","))
                : String.valueOf(value);
        // What the caller sent, kept short and printable: it is echoed back in the problem.
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "..." : printable;
    }
}
