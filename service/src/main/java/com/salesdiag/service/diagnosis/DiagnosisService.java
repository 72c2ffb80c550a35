package com.salesdiag.service.diagnosis;

import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.DiagnosisEngine;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.service.csv.CsvFacts;
import com.salesdiag.service.csv.CsvFactsReader;
import com.salesdiag.service.csv.CsvUpload;
import com.salesdiag.service.decisionlog.DecisionLog;
import com.salesdiag.service.decisionlog.DiagnosisToRecord;
import com.salesdiag.service.decisionlog.GzipJson;
import com.salesdiag.service.engine.EngineProvider;
import com.salesdiag.service.facts.FactsInput;
import com.salesdiag.service.facts.FactsMapper;
import com.salesdiag.service.facts.FactsValidator;
import com.salesdiag.service.rawdata.ComputedFrom;
import com.salesdiag.service.rawdata.RawDataReader;
import com.salesdiag.service.rawdata.RawFacts;
import com.salesdiag.service.rawdata.RawUpload;
import com.salesdiag.service.security.Caller;
import com.salesdiag.service.system.InputError;
import com.salesdiag.service.facts.InvalidFactsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * Validates the facts, runs the engine on them, assembles the answer and records it in the decision log before it
 * is returned; counts and logs each diagnosis.
 */
@Service
public class DiagnosisService {

    private static final Logger log = LoggerFactory.getLogger(DiagnosisService.class);
    /** Below this many salespeople the facts take a few milliseconds to write: not worth another thread. */
    private static final int FACTS_FOR_LOG_ALONGSIDE_FROM = 1_000;

    private final FactsValidator validator;
    private final CsvFactsReader csvReader;
    private final RawDataReader rawReader;
    private final EngineProvider engines;
    private final DiagnosisAssembler assembler;
    private final DiagnosisMetrics metrics;
    private final DecisionLog decisionLog;
    private final JsonMapper json;
    private final DiagnosisAdmission admission;
    private final Clock clock;

    DiagnosisService(FactsValidator validator, CsvFactsReader csvReader, RawDataReader rawReader, EngineProvider engines,
                     DiagnosisAssembler assembler, DiagnosisMetrics metrics, DecisionLog decisionLog, JsonMapper json,
                     DiagnosisAdmission admission, Clock clock) {
        this.clock = clock;
        this.validator = validator;
        this.csvReader = csvReader;
        this.rawReader = rawReader;
        this.engines = engines;
        this.assembler = assembler;
        this.metrics = metrics;
        this.decisionLog = decisionLog;
        this.json = json;
        this.admission = admission;
    }

    /**
     * A diagnosis answered, and where the decision log keeps it. {@code answerJson} is the answer as recorded, in
     * UTF-8: the controller sends these very bytes, so the log holds exactly what the caller received and a large
     * answer (25 MB for 10,000 salespeople) is written to JSON once, not twice, and never held as a String.
     */
    public record Served(DiagnosisResponse response, byte[] answerJson, long recordId) {
    }

    public Served diagnose(FactsInput input, Locale locale, Caller caller) {
        return diagnose(input, "json", UnaryOperator.identity(), null, locale, caller);
    }

    /** KPI files only, read whole. */
    public Served diagnoseCsv(List<CsvUpload> uploads, Locale locale, Caller caller) {
        return diagnoseCsv(uploads, List.of(), locale, caller);
    }

    /**
     * KPI files read whole, and raw files (order lines, opportunities) added up into the same facts as they stream
     * in; the answer then says what it was computed from.
     */
    public Served diagnoseCsv(List<CsvUpload> uploads, List<RawUpload> raw, Locale locale, Caller caller) {
        if (uploads.isEmpty() && !raw.isEmpty()) {
            // Raw files alone: the reader of raw files says company.csv (the period) is needed.
            FactsInput none = new FactsInput(null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null);
            RawFacts facts = rawReader.read(none, Map.of(), UnaryOperator.identity(), raw);
            return diagnose(facts.input(), "csv", facts.locator(), facts.computedFrom(), locale, caller);
        }
        CsvFacts csv = csvReader.read(uploads);
        if (raw.isEmpty()) {
            return diagnose(csv.input(), "csv", csv.locator()::locate, null, locale, caller);
        }
        Map<String, String> kpiFiles = new HashMap<>();
        uploads.forEach(u -> kpiFiles.putIfAbsent(u.part(), u.displayName()));
        RawFacts facts = rawReader.read(csv.input(), kpiFiles, csv.locator()::locate, raw);
        return diagnose(facts.input(), "csv", facts.locator(), facts.computedFrom(), locale, caller);
    }

    private Served diagnose(FactsInput input, String source, UnaryOperator<InputError> locate,
                            ComputedFrom computedFrom, Locale locale, Caller caller) {
        long start = System.nanoTime();
        validator.checkLimits(input);
        List<InputError> errors = validator.validate(input, "csv".equals(source));
        if (!errors.isEmpty()) {
            metrics.rejected(source);
            throw new InvalidFactsException(errors.stream().map(locate).toList());
        }
        // Where one service serves several companies, a user diagnoses (and so records) only their own.
        caller.requireCompany(input.company().id(), "salesdiag.diagnosis.otherCompany");
        try (DiagnosisAdmission.Turn turn = admission.turn(input.salespeople().size())) {
            return diagnoseValid(input, source, computedFrom, locale, caller, start);
        }
    }

    private Served diagnoseValid(FactsInput input, String source, ComputedFrom computedFrom, Locale locale,
                                 Caller caller, long start) {
        String requestedBy = caller.name();
        CompanyFacts facts = FactsMapper.toFacts(input, LocalDate.now(clock));
        long validated = System.nanoTime();
        DiagnosisEngine engine = engines.current();
        Diagnosis diagnosis = engine.diagnose(facts);
        long diagnosed = System.nanoTime();
        CompletableFuture<GzipJson> factsForLog = factsForLog(input, facts);
        DiagnosisResponse response = assembler.assemble(facts, diagnosis, locale);
        if (computedFrom != null) {
            response = response.withComputedFrom(computedFrom);
        }
        long assembled = System.nanoTime();
        byte[] answerJson = json.writeValueAsBytes(response);
        long written = System.nanoTime();
        GzipJson factsJson = factsForLog.join();
        long recordId = decisionLog.record(new DiagnosisToRecord(requestedBy, source, response.language(), facts,
                diagnosis, factsJson, answerJson, caller.caseDepartments()));
        long recorded = System.nanoTime();
        if (!diagnosis.withheld().isEmpty()) {
            // The rules serving recommend what the process forbids: the analysts must hear of it.
            log.atWarn().addKeyValue("diagnosisId", recordId).addKeyValue("rulesVersion", diagnosis.rulesetVersion())
                    .addKeyValue("withheld", diagnosis.withheld().stream().map(Object::toString).toList())
                    .log("Corrective actions the rules recommended were withheld: they break the process's invariants");
        }
        long nanos = recorded - start;
        metrics.served(source, response.language(), diagnosis.rulesetVersion(), nanos);
        log.atInfo().addKeyValue("companyId", facts.company().id()).addKeyValue("period", facts.period())
                .addKeyValue("input", source).addKeyValue("language", response.language())
                .addKeyValue("salespeople", facts.salespeople().size())
                .addKeyValue("findings", diagnosis.findings().size())
                .addKeyValue("recommendations", diagnosis.recommendations().size())
                .addKeyValue("rulesVersion", diagnosis.rulesetVersion())
                .addKeyValue("durationMs", nanos / 1_000_000)
                // where the time went, for whoever tunes a slow request: reading the facts, the rules, the
                // answer's own figures, the answer written as JSON, and the decision log's write (its wait for the
                // facts, written alongside, included)
                .addKeyValue("validateMs", (validated - start) / 1_000_000)
                .addKeyValue("engineMs", (diagnosed - validated) / 1_000_000)
                .addKeyValue("assembleMs", (assembled - diagnosed) / 1_000_000)
                .addKeyValue("writeMs", (written - assembled) / 1_000_000)
                .addKeyValue("recordMs", (recorded - written) / 1_000_000)
                .addKeyValue("diagnosisId", recordId).addKeyValue("requestedBy", requestedBy)
                .log("Diagnosis served");
        return new Served(response, answerJson, recordId);
    }

    /**
     * The facts as the decision log keeps them. A large company's are written on the other core while the answer is
     * assembled and written (one core's work), so that the record that follows has only the answer left to compress.
     */
    private CompletableFuture<GzipJson> factsForLog(FactsInput input, CompanyFacts facts) {
        if (facts.salespeople().size() < FACTS_FOR_LOG_ALONGSIDE_FROM) {
            return CompletableFuture.completedFuture(GzipJson.of(json.writeValueAsBytes(input)));
        }
        return CompletableFuture.supplyAsync(() -> GzipJson.of(json.writeValueAsBytes(input)));
    }
}
