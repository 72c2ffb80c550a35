package com.salesdiag.service.rules;

import com.salesdiag.engine.LiveRuleset;
import com.salesdiag.engine.rules.ExpectationsAccepted;
import com.salesdiag.service.system.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.Locale;

/**
 * A change of policy breaks the scenarios that pinned the old one: the analyst accepts the new expectations the
 * check showed, in one step, for the version checked. They are written into the rules folder's own scenarios and
 * shown as differences; nothing is loaded.
 */
@RestController
@RequestMapping("/api/v1/rules/scenarios")
@Tag(name = "Rules")
class ScenarioExpectationsController {

    private static final Logger log = LoggerFactory.getLogger(ScenarioExpectationsController.class);

    private final LiveRuleset live;
    private final RulesProperties properties;
    private final MessageSource messages;
    private final ServerPaths paths;

    ScenarioExpectationsController(LiveRuleset live, RulesProperties properties, MessageSource messages) {
        this.live = live;
        this.properties = properties;
        this.messages = messages;
        this.paths = new ServerPaths(properties);
    }

    @PostMapping("/accept")
    @Operation(summary = "Accept the new expectations of the scenarios the edit of the rules folder changes",
            description = "Each scenario the edit fails has the expectations it no longer meets (the check's "
                    + "expectationChanges) moved to the other list of its expect, in the rules folder's own "
                    + "scenarios (the packaged suite is first copied into <rules>/scenarios when the folder keeps "
                    + "none); each rewrite is answered as a unified diff. Nothing is loaded: reload to serve.")
    @ApiResponse(responseCode = "200", description = "What was rewritten, and the check afterwards")
    @ApiResponse(responseCode = "409", description = "The rules folder is not the version checked, or not editable",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "422", description = "The rules do not compile or fail their own checks",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    AcceptedView accept(@Parameter(description = "The version the check answered: nothing is written if the folder "
                                + "has changed since") @RequestParam(required = false) String version,
                        Principal principal, Locale locale) {
        if (!properties.editable()) {
            throw new RulesNotEditableException();
        }
        ExpectationsAccepted accepted = live.acceptExpectations(properties.folder(), version);
        String folder = paths.folderName(properties);
        if (accepted.refusal() == ExpectationsAccepted.Refusal.RULES_CHANGED) {
            throw new ProblemException(HttpStatus.CONFLICT, RulesProblemAdvice.RULES_CHANGED,
                    "salesdiag.rules.expectationsRefused.RULES_CHANGED", folder, accepted.version(), version);
        }
        if (accepted.refusal() == ExpectationsAccepted.Refusal.RULES_FAIL_THEIR_CHECKS) {
            CheckView check = CheckView.of(paths.shown(accepted.after()), locale);
            throw new RulesRejectedException("salesdiag.rules.expectationsRefused.RULES_FAIL_THEIR_CHECKS",
                    new Object[]{folder}, check, paths.shown(accepted.after().problems()));
        }
        log.atInfo().addKeyValue("rulesVersion", accepted.version())
                .addKeyValue("who", principal == null ? "anonymous" : principal.getName())
                .addKeyValue("rewritten", accepted.rewritten().stream().map(r -> paths.shown(r.file())).toList())
                .addKeyValue("notAccepted", accepted.notAccepted().size())
                .log("New scenario expectations accepted");
        return AcceptedView.of(accepted, paths, messages.getMessage("salesdiag.rules.expectationsAccepted",
                new Object[]{accepted.rewritten().size()}, locale), locale);
    }
}
