package com.salesdiag.service.diagnosis;

import com.salesdiag.service.csv.CsvUpload;
import com.salesdiag.service.facts.FactsInput;
import com.salesdiag.service.rawdata.RawDataReader;
import com.salesdiag.service.rawdata.RawUpload;
import com.salesdiag.service.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@RestController
@RequestMapping("/api/v1/diagnoses")
@Tag(name = "Diagnoses", description = "Why did sales fall? One company, one period, facts in, diagnosis out; "
        + "each answer recorded before it is sent")
class DiagnosisController {

    private final DiagnosisService diagnoses;
    private final long maxKpiFileSize;

    DiagnosisController(DiagnosisService diagnoses, com.salesdiag.service.system.SalesDiagProperties properties) {
        this.diagnoses = diagnoses;
        this.maxKpiFileSize = properties.maxPayloadSize().toBytes();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Diagnose a company from JSON facts",
            description = "The body is the engine's fact model. Sentences follow ?lang= or else Accept-Language (en, it; default en).")
    @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.ACCEPT_LANGUAGE, schema = @Schema(allowableValues = {"en", "it"}))
    @ApiResponse(responseCode = "200", description = "The diagnosis",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DiagnosisResponse.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, a wrong type, an unknown code or field",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "413", description = "Body over salesdiag.max-payload-size",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "422", description = "Facts that break the model's rules, or too many salespeople",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "503", description = "The diagnosis could not be recorded, so it is not answered",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ResponseEntity<byte[]> diagnose(@RequestBody FactsInput facts, Locale locale,
                                    @Parameter(hidden = true) Authentication user) {
        return answer(diagnoses.diagnose(facts, locale, Caller.of(user)));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Diagnose a company from CSV files",
            description = "One CSV file per kind of fact, each in the form part of its name (company, salespeople, "
                    + "goals, results ...). The first row names the columns, which are the JSON field names. "
                    + "Raw files (orderLines, opportunities, and a mapping of their columns) are added up into the "
                    + "same facts; the answer's computedFrom shows the figures and what they rest on. "
                    + "Errors name the file, row and column.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = CsvFilesForm.class)))
    @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.ACCEPT_LANGUAGE, schema = @Schema(allowableValues = {"en", "it"}))
    @ApiResponse(responseCode = "200", description = "The diagnosis",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DiagnosisResponse.class)))
    @ApiResponse(responseCode = "400", description = "A cell, column or file that cannot be read",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "413", description = "Files over salesdiag.max-payload-size",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "422", description = "Facts that break the model's rules, or too many salespeople",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "503", description = "The diagnosis could not be recorded, so it is not answered",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ResponseEntity<byte[]> diagnoseCsv(@Parameter(hidden = true) MultipartHttpServletRequest request,
                                       Locale locale, @Parameter(hidden = true) Authentication user) {
        List<CsvUpload> uploads = new ArrayList<>();
        List<RawUpload> raw = new ArrayList<>();
        request.getMultiFileMap().forEach((part, files) -> files.forEach(file -> {
            if (RawDataReader.isRawPart(part)) {
                // Streamed from the part Tomcat wrote to disk, never held in memory whole.
                raw.add(new RawUpload(part, file.getOriginalFilename(), file));
            } else {
                uploads.add(upload(part, file));
            }
        }));
        for (CsvUpload text : textParts(request)) {
            if (RawDataReader.isRawPart(text.part())) {
                raw.add(new RawUpload(text.part(), null, () -> new java.io.ByteArrayInputStream(text.content())));
            } else {
                uploads.add(text);
            }
        }
        return answer(diagnoses.diagnoseCsv(uploads, raw, locale, Caller.of(user)));
    }

    /**
     * Form parts sent as text rather than as files ({@code curl -F results=<results.csv}, a browser's text field):
     * read like files, so that a CSV is never dropped unread and a part of an unknown name is refused.
     */
    private static List<CsvUpload> textParts(MultipartHttpServletRequest request) {
        List<CsvUpload> uploads = new ArrayList<>();
        try {
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() == null) {
                    try (InputStream content = part.getInputStream()) {
                        uploads.add(new CsvUpload(part.getName(), null, content.readAllBytes()));
                    }
                }
            }
        } catch (IOException | ServletException e) {
            throw new MultipartException("Cannot read the form's parts", e);
        }
        return uploads;
    }

    private CsvUpload upload(String part, MultipartFile file) {
        if (file.getSize() > maxKpiFileSize) {
            // KPI files are read whole; only raw files (streamed) may be larger than a JSON body.
            throw new com.salesdiag.service.system.PayloadTooLargeException(maxKpiFileSize);
        }
        try {
            return new CsvUpload(part, file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The answer, already on record, sent as the very JSON recorded: Content-Location says where (facts, answer,
     * who asked and when).
     */
    private static ResponseEntity<byte[]> answer(DiagnosisService.Served served) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, served.response().language())
                .header(HttpHeaders.CONTENT_LOCATION, "/api/v1/diagnoses/" + served.recordId())
                .body(served.answerJson());
    }
}
