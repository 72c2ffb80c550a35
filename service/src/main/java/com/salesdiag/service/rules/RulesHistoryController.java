package com.salesdiag.service.rules;

import com.salesdiag.engine.LiveRuleset;
import com.salesdiag.engine.rules.LoadAttempt;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.service.system.InputError;
import com.salesdiag.service.system.Paging;
import com.salesdiag.service.system.ProblemException;
import com.salesdiag.service.system.ProblemTypes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

/**
 * The rules' history as people read it: every publication (who, when, why), what changed between any two versions,
 * and a restore of any version that served, checked and published as a reload is.
 */
@RestController
@RequestMapping("/api/v1/rules")
@Tag(name = "Rules", description = "The ladder in force, and live reload of an analyst's edit")
class RulesHistoryController {

    private final LiveRuleset live;
    private final RulesLog rulesLog;
    private final RulesPublisher publisher;
    private final MessageSource messages;
    private final ServerPaths paths;
    private final RulesProperties properties;

    RulesHistoryController(LiveRuleset live, RulesLog rulesLog, RulesPublisher publisher, MessageSource messages,
                           RulesProperties properties) {
        this.live = live;
        this.rulesLog = rulesLog;
        this.publisher = publisher;
        this.messages = messages;
        this.paths = new ServerPaths(properties);
        this.properties = properties;
    }

    @GetMapping("/publications")
    @Operation(summary = "Every publication, newest first: the version, who published or restored it, when, where, "
            + "why, and the version it replaced; the first is what every instance on the database serves")
    Publications publications(
            @Parameter(description = "At most this many (1-500)") @RequestParam(defaultValue = "50") int limit,
            @Parameter(description = "Skip this many") @RequestParam(defaultValue = "0") int offset, Locale locale) {
        List<InputError> errors = Paging.errors(limit, offset, messages, locale);
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_QUERY, errors);
        }
        return new Publications(live.activeVersion(),
                rulesLog.publications(limit, offset).stream().map(PublicationView::of).toList());
    }

    @GetMapping("/diff")
    @Operation(summary = "What changed from one version to another: rule files (unified diff) and every threshold "
            + "or band row of the decision tables, cell by cell")
    RulesDiffView diff(@Parameter(description = "The earlier version") @RequestParam String from,
                       @Parameter(description = "The later version; the version serving here when left out")
                       @RequestParam(required = false) String to) {
        String later = to == null || to.isBlank() ? live.activeVersion() : to;
        return RulesDiffView.of(from, files(from), later, files(later));
    }

    @PostMapping("/versions/{version}/restore")
    @Operation(summary = "Serve a version that served before, after the same checks as a reload, and publish it to "
            + "every instance; recorded like a publish (who, when, note, result)",
            description = "The version is checked with the scenarios it was last published with (one never published: "
                    + "with those a reload here runs). When it fails, 422 lists the problems and nothing changes. When "
                    + "this instance serves a rules folder, a restore that passes also writes the version's rule files "
                    + "into it (its scenarios are left as they are): a folder that cannot be written refuses the "
                    + "restore first (503 rules-folder-unwritable, nothing changed).")
    LoadAttemptView restore(@PathVariable String version, @RequestBody(required = false) PublishRequest request,
                            Principal principal, Locale locale) {
        String note = PublishRequest.noteOf(request, messages, locale);
        RulesPublisher.Result result = publisher.restore(version, principal == null ? "anonymous" : principal.getName(),
                note);
        LoadAttempt attempt = paths.shown(result.attempt());
        if (!attempt.accepted()) {
            throw new RulesRejectedException("salesdiag.rules.restoreRejected",
                    new Object[]{version, attempt.activeVersion()}, LoadAttemptView.of(attempt, note, locale),
                    attempt.problems(), attempt.problemCount());
        }
        if (!result.published()) {
            throw notPublished(attempt.version());
        }
        if (result.folder().state() == RulesPublisher.FolderWrite.State.NOT_WRITTEN) {
            throw RulesFolderNotWrittenException.afterRestore(attempt.version(), paths.folderName(properties),
                    result.folder().reason(), folderVersion());
        }
        return LoadAttemptView.of(attempt, note, locale);
    }

    /** Accepted here but not written as the latest publication: the other instances do not know of it. */
    static ProblemException notPublished(String version) {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.STORAGE_UNAVAILABLE,
                "salesdiag.rules.notPublished", version);
    }

    /** The version the rules folder's files are now; "?" when they cannot be read. */
    private String folderVersion() {
        try {
            return LiveRuleset.versionOf(properties.folder());
        } catch (RuntimeException unreadable) {
            return "?";
        }
    }

    private List<RuleFile> files(String version) {
        return rulesLog.files(version).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND,
                ProblemTypes.NOT_FOUND, "salesdiag.rules.noSuchVersion", version));
    }

    /** The version serving here and the publications, newest first. */
    record Publications(String serving, List<PublicationView> publications) {
    }
}
