package com.salesdiag.service.rules;

import com.salesdiag.service.system.ProblemException;
import org.springframework.http.HttpStatus;

import java.net.URI;

/**
 * A restore and the serving rules folder: either the folder could not be written before anything served (the
 * restore was refused, nothing changed), or, rarer, it could not be brought to the version after the version was
 * served and published (the folder still holds what it held: the pages show it as edits not yet published).
 */
public class RulesFolderNotWrittenException extends ProblemException {

    static final URI TYPE = URI.create("urn:salesdiag:problem:rules-folder-unwritable");

    private final boolean restored;

    private RulesFolderNotWrittenException(String code, boolean restored, Object... args) {
        super(HttpStatus.SERVICE_UNAVAILABLE, TYPE, code, args);
        this.restored = restored;
    }

    /** Nothing changed: the folder was not writable, so the version was neither checked nor served. */
    static RulesFolderNotWrittenException refused(String version, String folder, String reason) {
        return new RulesFolderNotWrittenException("salesdiag.rules.folderNotWritten", false, version, folder, reason);
    }

    /** The version serves and is published; the folder holds the files it held before. */
    static RulesFolderNotWrittenException afterRestore(String version, String folder, String reason,
                                                       String folderVersion) {
        return new RulesFolderNotWrittenException("salesdiag.rules.folderNotUpdated", true, version, folder, reason,
                folderVersion);
    }

    /** True when the version was restored nonetheless (the folder alone lags behind). */
    public boolean restored() {
        return restored;
    }
}
