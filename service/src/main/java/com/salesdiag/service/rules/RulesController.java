package com.salesdiag.service.rules;

import com.salesdiag.engine.rules.CheckReport;
import com.salesdiag.engine.LiveRuleset;
import com.salesdiag.engine.rules.LoadAttempt;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.service.preview.RulesPreview;
import com.salesdiag.service.security.Caller;
import com.salesdiag.service.system.InputError;
import com.salesdiag.service.system.Paging;
import com.salesdiag.service.system.ProblemException;
import com.salesdiag.service.system.ProblemTypes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Analysts' loop: see the rules in force, check an edit of the rules folder, load it live, see who loaded what. */
@RestController
@RequestMapping("/api/v1/rules")
@Tag(name = "Rules", description = "The ladder in force, and live reload of an analyst's edit")
class RulesController {

    private final LiveRuleset live;
    private final RulesProperties properties;
    private final RulesPublisher publisher;
    private final RulesLog rulesLog;
    private final MessageSource messages;
    private final ServerPaths paths;
    private final RulesPreview previews;

    RulesController(LiveRuleset live, RulesProperties properties, RulesPublisher publisher, RulesLog rulesLog,
                    MessageSource messages, RulesPreview previews) {
        this.paths = new ServerPaths(properties);
        this.previews = previews;
        this.live = live;
        this.properties = properties;
        this.publisher = publisher;
        this.rulesLog = rulesLog;
        this.messages = messages;
    }

    @GetMapping("/catalogue")
    @Operation(summary = "Every rule (name, stage, code, owner, description) and every threshold and band in force")
    CatalogueView catalogue() {
        return CatalogueView.of(live.catalogue());
    }

    @GetMapping("/versions")
    @Operation(summary = "The version serving now and the history of load attempts (who, when, result), newest "
            + "first, from the rules log: it outlives restarts")
    RulesVersions versions(
            @Parameter(description = "At most this many (1-500)") @RequestParam(defaultValue = "50") int limit,
            @Parameter(description = "Skip this many") @RequestParam(defaultValue = "0") int offset, Locale locale) {
        List<InputError> errors = Paging.errors(limit, offset, messages, locale);
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_QUERY, errors);
        }
        return new RulesVersions(live.activeVersion(), properties.editable() ? "folder" : "packaged",
                rulesLog.historyWithNotes(limit, offset).stream()
                        .map(entry -> LoadAttemptView.of(paths.shown(entry.attempt()), entry.note(), locale)).toList(),
                rulesLog.latestPublication().map(PublicationView::of).orElse(null));
    }

    @GetMapping(value = "/versions/{version}/files", produces = "application/zip")
    @Operation(summary = "The rule files of a version that served, as a zip: what the rulesVersion of a recorded "
            + "diagnosis was")
    @ApiResponse(responseCode = "200", description = "The rule files, as they were loaded")
    @ApiResponse(responseCode = "404", description = "No version of that name ever served",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ResponseEntity<byte[]> files(@PathVariable String version) {
        List<RuleFile> files = rulesLog.files(version).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND,
                ProblemTypes.NOT_FOUND, "salesdiag.rules.noSuchVersion", version));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rules-" + version + ".zip\"")
                .body(zip(files));
    }

    private static byte[] zip(List<RuleFile> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (RuleFile file : files) {
                zip.putNextEntry(new ZipEntry(file.path()));
                zip.write(file.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return bytes.toByteArray();
    }

    @PostMapping("/check")
    @Operation(summary = "Check the rules folder as a reload would (compile, thresholds, scenarios) without loading "
            + "it, and say what it would change",
            description = "Problems of compiling or of the table come first, alone: scenarios run only on rules that "
                    + "pass those. For an edit that does, changes lists every scenario whose answer it changes against "
                    + "the rules serving (conclusions added and removed, amounts and shares of the shortfall, statuses, "
                    + "sentences), expectationChanges each scenario expectation it no longer meets and why, and replay "
                    + "the same for the newest recorded diagnoses, replayed from their facts (nothing is recorded). "
                    + "Answered 422, with all of this in outcome, when the edit fails a check.")
    CheckView check(
            @Parameter(description = "Replay the newest this many recorded diagnoses (0-" + RulesPreview.MAX_REPLAY
                    + "; 0 for none)") @RequestParam(defaultValue = "" + RulesPreview.DEFAULT_REPLAY) String replay,
            @Parameter(description = "Replay only diagnoses recorded on or after this day (YYYY-MM-DD)")
            @RequestParam(required = false) String from,
            @Parameter(description = "Replay only diagnoses recorded on or before this day (YYYY-MM-DD)")
            @RequestParam(required = false) String to,
            Authentication authentication, Locale locale) {
        RulesPreview.ReplayQuery query = replayQuery(replay, from, to, locale);
        CheckView view;
        CheckReport report;
        if (properties.editable()) {
            LiveRuleset.Trial trial = live.trial(properties.folder());
            report = paths.shown(trial.report());
            view = CheckView.of(report, previews.preview(trial, query, Caller.of(authentication), locale, paths::shown),
                    locale);
        } else {
            report = paths.shown(live.checkPackaged());
            view = CheckView.of(report, locale);
        }
        if (!report.passed()) {
            throw new RulesRejectedException("salesdiag.rules.checkFailed", new Object[]{source()}, view,
                    report.problems());
        }
        return view;
    }

    private RulesPreview.ReplayQuery replayQuery(String replay, String from, String to, Locale locale) {
        List<InputError> errors = new ArrayList<>();
        int limit = -1;
        try {
            limit = Integer.parseInt(replay.strip());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (limit < 0 || limit > RulesPreview.MAX_REPLAY) {
            errors.add(InputError.atParameter("replay", messages.getMessage("salesdiag.preview.replay",
                    new Object[]{replay, RulesPreview.MAX_REPLAY}, locale)));
        }
        LocalDate fromDate = date("from", from, errors, locale);
        LocalDate toDate = date("to", to, errors, locale);
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_QUERY, errors);
        }
        return new RulesPreview.ReplayQuery(limit, fromDate, toDate);
    }

    private LocalDate date(String name, String value, List<InputError> errors, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(InputError.atParameter(name, messages.getMessage("salesdiag.query.date", new Object[]{value},
                    locale)));
            return null;
        }
    }

    @PostMapping("/reload")
    @Operation(summary = "Compile and check the rules folder, and serve it only if every check passes; then it is "
            + "published: every instance on the database serves it within seconds",
            description = "The body is optional: {\"note\": \"why\"} is kept with the publication and the attempt.")
    LoadAttemptView reload(Principal principal, @RequestBody(required = false) PublishRequest request, Locale locale) {
        if (!properties.editable()) {
            throw new RulesNotEditableException();
        }
        String note = PublishRequest.noteOf(request, messages, locale);
        RulesPublisher.Result result = publisher.publish(principal == null ? "anonymous" : principal.getName(), note);
        LoadAttempt attempt = paths.shown(result.attempt());
        if (!attempt.accepted()) {
            // The attempt keeps the first problems (LiveRuleset.PROBLEMS_KEPT_PER_ATTEMPT); the count is all of them.
            throw new RulesRejectedException("salesdiag.rules.reloadRejected",
                    new Object[]{source(), attempt.activeVersion()}, LoadAttemptView.of(attempt, note, locale),
                    attempt.problems(), attempt.problemCount());
        }
        if (!result.published()) {
            throw RulesHistoryController.notPublished(attempt.version());
        }
        return LoadAttemptView.of(attempt, note, locale);
    }

    private String source() {
        return properties.editable() ? paths.folderName(properties) : "the packaged rules";
    }

    /**
     * The serving version and where it came from, with the load history, newest first, and the latest publication
     * (what every instance on the database serves; null until something is published).
     */
    record RulesVersions(String active, String source, List<LoadAttemptView> history, PublicationView published) {
    }
}
