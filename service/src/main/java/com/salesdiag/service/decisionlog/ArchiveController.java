package com.salesdiag.service.decisionlog;

import com.salesdiag.service.system.InputError;
import com.salesdiag.service.system.ProblemException;
import com.salesdiag.service.system.ProblemTypes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The records old enough to be archived, whole, one JSON object per line, for an admin to keep elsewhere. Nothing
 * is deleted: the log is append-only, and removing archived rows is a decision for the database's owner, outside
 * the service.
 */
@RestController
@EnableConfigurationProperties(RetentionProperties.class)
@Tag(name = "History")
class ArchiveController {

    static final String NDJSON = "application/x-ndjson";

    private final DiagnosisRecords records;
    private final RetentionProperties retention;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Clock clock;

    ArchiveController(DiagnosisRecords records, RetentionProperties retention, JsonMapper json, MessageSource messages,
                      Clock clock) {
        this.records = records;
        this.retention = retention;
        this.json = json;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(value = "/api/v1/diagnoses/archive", produces = NDJSON)
    @Operation(summary = "Export the diagnoses old enough to be archived, whole, one JSON object per line",
            description = "Records made before `before` (default: the retention, salesdiag.decision-log.archive-after, "
                    + "ago), oldest first. Nothing is deleted.")
    ResponseEntity<StreamingResponseBody> archive(
            @Parameter(description = "Records made before this day (YYYY-MM-DD), at most the retention ago")
            @RequestParam(required = false) String before, Locale locale) {
        Instant limit = Instant.now(clock).minus(retention.archiveAfter());
        Instant upTo = limit;
        if (before != null && !before.isBlank()) {
            try {
                upTo = LocalDate.parse(before).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw invalid("salesdiag.query.date", locale, before);
            }
            if (upTo.isAfter(limit)) {
                throw invalid("salesdiag.archive.tooRecent", locale, before, retention.archiveAfter().toDays());
            }
        }
        Instant cutOff = upTo;
        StreamingResponseBody body = out -> {
            long after = 0;
            List<Long> ids;
            while (!(ids = records.idsRecordedBefore(cutOff, after, 200)).isEmpty()) {
                for (long id : ids) {
                    StoredDiagnosis stored = records.find(id, null, null, null).orElseThrow();
                    DiagnosisSummary s = stored.summary();
                    RecordedDiagnosis whole = new RecordedDiagnosis(s.id(), s.recordedAt(), s.requestedBy(),
                            s.companyId(), s.companyName(), s.period(), s.inputKind(), s.language(), s.rulesVersion(),
                            s.departments(), null, json.readTree(stored.factsJson()), json.readTree(stored.answerJson()));
                    out.write(json.writeValueAsBytes(whole));
                    out.write('\n');
                    after = id;
                }
                out.flush();
            }
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON)).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"diagnoses-before-"
                + LocalDate.ofInstant(cutOff, ZoneOffset.UTC) + ".ndjson\"").body(body);
    }

    private ProblemException invalid(String code, Locale locale, Object... args) {
        String message = messages.getMessage(code, args, locale);
        return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_QUERY,
                List.of(InputError.atParameter("before", message)));
    }
}
