package com.salesdiag.service.reviews;

import com.salesdiag.service.decisionlog.HistoryPage;
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

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** HR's review cases: list, read, decide. Who may call what is in the security rules (HR decides; admins read). */
@RestController
@RequestMapping("/api/v1/review-cases")
@Tag(name = "Review cases", description = "Coaching plans and dismissal reviews, for people to decide")
class ReviewCaseController {

    private final ReviewCases cases;
    private final MessageSource messages;

    ReviewCaseController(ReviewCases cases, MessageSource messages) {
        this.cases = cases;
        this.messages = messages;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List review cases, newest first; by default the open ones (OPEN and DEFERRED)")
    @ApiResponse(responseCode = "200", description = "One page of cases")
    HistoryPage<ReviewCaseSummary> list(
            @Parameter(description = "Statuses to list; default OPEN and DEFERRED") @RequestParam(required = false)
            List<CaseStatus> status,
            @RequestParam(required = false) CaseKind kind,
            @RequestParam(required = false) String company,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String salesperson,
            @Parameter(description = "Cases a given diagnosis recommended") @RequestParam(required = false) Long diagnosis,
            @Parameter(description = "At most this many (1-500)") @RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "0") int offset, Locale locale,
            @Parameter(hidden = true) Authentication user) {
        List<InputError> errors = Paging.errors(limit, offset, messages, locale);
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_QUERY, errors);
        }
        Caller caller = Caller.of(user);
        caller.requireCompany(company, "salesdiag.history.otherCompany");
        // A blank value (?status= or ?status=OPEN,) converts to null: it asks for nothing in particular.
        List<CaseStatus> asked = status == null ? List.of() : status.stream().filter(Objects::nonNull).toList();
        Set<CaseStatus> statuses = asked.isEmpty() ? EnumSet.of(CaseStatus.OPEN, CaseStatus.DEFERRED)
                : EnumSet.copyOf(asked);
        return cases.list(new CaseQuery(statuses, kind, company, department, salesperson, diagnosis,
                caller.companyScope(), limit, offset), locale);
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One case with its whole record: each diagnosis that recommended it, and every decision")
    @ApiResponse(responseCode = "200", description = "The case")
    @ApiResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ReviewCaseView get(@PathVariable long id, Locale locale, @Parameter(hidden = true) Authentication user) {
        return cases.get(id, Caller.of(user).companyScope(), locale);
    }

    @PostMapping(value = "/{id}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a person's decision on an open case",
            description = "UPHELD and REJECTED close the case and need the employee's response; DEFERRED keeps it "
                    + "open. The decision, its rationale, who took it and when are appended to the case.")
    @ApiResponse(responseCode = "201", description = "Recorded; the body is the case as it stands now")
    @ApiResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = "The case is already closed",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "422", description = "No decision, no rationale, or no employee's response to close",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ResponseEntity<ReviewCaseView> decide(@PathVariable long id, @RequestBody DecisionRequest decision, Locale locale,
                                          @Parameter(hidden = true) Authentication user) {
        ReviewCaseView view = cases.decide(id, decision, Caller.of(user), locale);
        return ResponseEntity.created(URI.create("/api/v1/review-cases/" + id)).body(view);
    }
}
