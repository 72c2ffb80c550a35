package com.salesdiag.service.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing wrong with the input, where it is: a field of the body ({@code salespeople[3].departmentId}, and the
 * same as a JSON pointer), a query or path parameter ({@code limit}, no pointer: it is not in a body), and for CSV
 * input the file, row (1 is the header) and column.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One thing wrong with the input, and where")
public record InputError(
        @Schema(description = "Path in the body, or the name of a query or path parameter", example = "salespeople[3].departmentId") String field,
        @Schema(description = "The same as a JSON pointer (RFC 6901)", example = "/salespeople/3/departmentId") String pointer,
        @Schema(description = "CSV input: the file (form part) the error is in", example = "salespeople.csv") String file,
        @Schema(description = "CSV input: the row, counting the header as row 1", example = "5") Integer row,
        @Schema(description = "CSV input: the column", example = "departmentId") String column,
        @Schema(description = "What is wrong, in the request's language") String message) {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    public static InputError atField(String field, String message) {
        return new InputError(field, pointerOf(field), null, null, null, message);
    }

    /** A query or path parameter: named, without a JSON pointer, since it is not in the body. */
    public static InputError atParameter(String name, String message) {
        return new InputError(name, null, null, null, null, message);
    }

    public static InputError inFile(String file, Integer row, String column, String message) {
        return new InputError(null, null, file, row, column, message);
    }

    public InputError locatedIn(String file, Integer row, String column) {
        return new InputError(field, pointer, file, row, column, message);
    }

    /** {@code salespeople[3].departmentId} becomes {@code /salespeople/3/departmentId}; the root is "". */
    static String pointerOf(String field) {
        if (field == null) {
            return null;
        }
        if (field.isEmpty()) {
            return "";
        }
        Matcher m = INDEX.matcher(field);
        String slashed = m.replaceAll("/$1").replace('.', '/');
        return "/" + slashed.replace("~", "~0");
    }
}
