package com.salesdiag.service.decisionlog;

import org.h2.api.ErrorCode;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second instance started in the same folder on the embedded H2 file: H2 locks the file to one process, and the
 * start failed with a long stack trace whose first line names a bean, the reason a hundred lines down. This says it
 * in three lines: which file, that another process holds it, and how to run a second instance.
 */
public class DatabaseInUseFailureAnalyzer implements FailureAnalyzer {

    /** H2 quotes the file it could not lock: {@code Database may be already in use: "/srv/data/salesdiag.mv.db"}. */
    private static final Pattern FILE = Pattern.compile("\"([^\"]+)\"");

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return analysis(databaseOf(sql.getMessage()), failure);
            }
        }
        return null;
    }

    private static FailureAnalysis analysis(String database, Throwable failure) {
        return new FailureAnalysis(
                "The decision log's H2 database " + database + " is in use by another process, most likely another "
                        + "instance of this service started in the same folder: H2 lets one process at a time open it.",
                "Stop the other instance, or run this one from another folder (each keeps its own ./data), or set "
                        + "spring.datasource.url to a PostgreSQL database, which several instances share "
                        + "(docs/operations.md).",
                failure);
    }

    /** The database's file without H2's suffix, as configured ({@code ./data/salesdiag}), and where it lies. */
    static String databaseOf(String message) {
        Matcher quoted = FILE.matcher(String.valueOf(message));
        if (!quoted.find()) {
            return "file";
        }
        String file = quoted.group(1).replaceFirst("\\.(mv|h2)\\.db$", "");
        Path here = Path.of("").toAbsolutePath();
        Path path = Path.of(file).toAbsolutePath().normalize();
        String relative = path.startsWith(here) ? "./" + here.relativize(path).toString().replace('\\', '/') : file;
        return relative.equals(file) ? file : relative + " (" + file + ")";
    }
}
