package com.salesdiag.service.samples;

import com.salesdiag.service.system.ProblemException;
import com.salesdiag.service.system.ProblemTypes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.regex.Pattern;

/**
 * The sample company shipped with the service (test-data/samples): a ready input to try the API with, and CSV
 * files a manager can use as templates for an export.
 */
@RestController
@RequestMapping("/api/v1/samples")
@Tag(name = "Samples", description = "A sample company, as JSON facts and as CSV files")
class SampleController {

    private static final Pattern CSV_NAME = Pattern.compile("[A-Za-z]+\\.csv");

    @GetMapping(value = "/company", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The sample company's facts, ready to POST to /api/v1/diagnoses")
    ResponseEntity<Resource> company() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(sample("company.json"));
    }

    @GetMapping(value = "/csv/{file}", produces = "text/csv")
    @Operation(summary = "One CSV file of the sample company (company.csv, salespeople.csv, goals.csv ...)")
    ResponseEntity<Resource> csv(@PathVariable String file) {
        if (!CSV_NAME.matcher(file).matches()) {
            throw noSample(file);
        }
        Resource resource = sample("csv/" + file);
        if (!resource.exists()) {
            throw noSample(file);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"").body(resource);
    }

    private static ProblemException noSample(String file) {
        return new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "salesdiag.samples.notFound", file);
    }

    private static Resource sample(String path) {
        return new ClassPathResource("samples/" + path);
    }
}
