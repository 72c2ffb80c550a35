package com.salesdiag.service.decisionlog;

import com.salesdiag.service.facts.FactsInput;
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
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The decision log, read: diagnoses by salesperson, department and period, and one with everything it was asked
 * and answered. HR and administrators see every record; a manager only those covering a department they manage,
 * reduced to it ({@link DepartmentView}). Read only: the log has no update or delete.
 */
@RestController
@RequestMapping("/api/v1/diagnoses")
@Tag(name = "History", description = "Every diagnosis served, as it was asked and answered")
class HistoryController {

    private final DiagnosisRecords records;
    private final RecordedDiagnoses recorded;
    private final MessageSource messages;

    HistoryController(DiagnosisRecords records, RecordedDiagnoses recorded, MessageSource messages) {
        this.records = records;
        this.recorded = recorded;
        this.messages = messages;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List recorded diagnoses, newest first",
            description = "Every criterion given must hold. A manager sees only diagnoses covering a department "
                    + "they manage, or asked for by themselves, and may not ask for another department.")
    @ApiResponse(responseCode = "200", description = "One page of diagnoses")
    @ApiResponse(responseCode = "400", description = "A parameter that cannot be read",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "403", description = "A manager asking for another department",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    HistoryPage<DiagnosisSummary> list(
            @Parameter(description = "Company id") @RequestParam(required = false) String company,
            @Parameter(description = "Diagnoses covering this department") @RequestParam(required = false) String department,
            @Parameter(description = "Diagnoses covering this salesperson") @RequestParam(required = false) String salesperson,
            @Parameter(description = "Period under diagnosis, YYYY-MM or YYYY-Qn") @RequestParam(required = false) String period,
            @Parameter(description = "Periods under diagnosis starting on or after this date (YYYY-MM-DD)")
            @RequestParam(required = false) String from,
            @Parameter(description = "Periods under diagnosis ending on or before this date (YYYY-MM-DD)")
            @RequestParam(required = false) String to,
            @Parameter(description = "At most this many (1-500)") @RequestParam(defaultValue = "50") int limit,
            @Parameter(description = "Skip this many") @RequestParam(defaultValue = "0") int offset,
            Authentication authentication, Locale locale) {
        Caller caller = Caller.of(authentication);
        List<InputError> errors = new ArrayList<>();
        if (period != null && !period.matches(FactsInput.PERIOD)) {
            errors.add(InputError.atParameter("period", text("salesdiag.query.period", locale, period)));
        }
        LocalDate fromDate = date("from", from, errors, locale);
        LocalDate toDate = date("to", to, errors, locale);
        errors.addAll(Paging.errors(limit, offset, messages, locale));
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_QUERY, errors);
        }
        Set<String> scope = RecordedDiagnoses.scope(caller);
        if (scope != null && department != null && !scope.contains(department)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "salesdiag.history.otherDepartment",
                    caller.name(), department, String.join(", ", scope));
        }
        caller.requireCompany(company, "salesdiag.history.otherCompany");
        return records.list(new HistoryQuery(company, department, salesperson, period, fromDate, toDate, limit, offset),
                scope, caller.companyScope(), caller.name());
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One recorded diagnosis: who asked, when, the facts, the rules version and the answer",
            description = "For a manager, reduced to the departments they manage: their salespeople, findings and "
                    + "recommendations, and what concerns no person; the company-wide answer is left out. A manager "
                    + "always reads back the diagnoses they asked for (the answer's Content-Location), so reduced.")
    @ApiResponse(responseCode = "200", description = "The record")
    @ApiResponse(responseCode = "404", description = "No such diagnosis, or none the caller may see",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    RecordedDiagnosis get(@PathVariable long id, Authentication authentication) {
        return recorded.find(id, Caller.of(authentication)).orElseThrow(() ->
                new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "salesdiag.history.notFound", id));
    }

    private LocalDate date(String name, String value, List<InputError> errors, Locale locale) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(InputError.atParameter(name, text("salesdiag.query.date", locale, value)));
            return null;
        }
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
