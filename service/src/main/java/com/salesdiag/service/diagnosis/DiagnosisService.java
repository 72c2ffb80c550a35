package com.salesdiag.service.diagnosis;

import com.salesdiag.engine.Diagnosis;
import com.salesdiag.engine.DiagnosisEngine;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.service.csv.CsvFacts;
import com.salesdiag.service.csv.CsvFactsReader;
import com.salesdiag.service.csv.CsvUpload;
import com.salesdiag.service.engine.EngineProvider;
import com.salesdiag.service.facts.FactsInput;
import com.salesdiag.service.facts.FactsMapper;
import com.salesdiag.service.facts.FactsValidator;
import com.salesdiag.service.system.InputError;
import com.salesdiag.service.system.InvalidFactsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Validates the facts, runs the engine on them and assembles the answer; counts and logs each diagnosis. */
@Service
class DiagnosisService {

    private static final Logger log = LoggerFactory.getLogger(DiagnosisService.class);

    private final FactsValidator validator;
    private final CsvFactsReader csvReader;
    private final EngineProvider engines;
    private final DiagnosisAssembler assembler;
    private final DiagnosisMetrics metrics;

    DiagnosisService(FactsValidator validator, CsvFactsReader csvReader, EngineProvider engines,
                     DiagnosisAssembler assembler, DiagnosisMetrics metrics) {
        this.validator = validator;
        this.csvReader = csvReader;
        this.engines = engines;
        this.assembler = assembler;
        this.metrics = metrics;
    }

    DiagnosisResponse diagnose(FactsInput input, Locale locale) {
        return diagnose(input, "json", UnaryOperator.identity(), locale);
    }

    DiagnosisResponse diagnoseCsv(List<CsvUpload> uploads, Locale locale) {
        CsvFacts csv = csvReader.read(uploads);
        return diagnose(csv.input(), "csv", csv.locator()::locate, locale);
    }

    private DiagnosisResponse diagnose(FactsInput input, String source, UnaryOperator<InputError> locate, Locale locale) {
        long start = System.nanoTime();
        validator.checkLimits(input);
        List<InputError> errors = validator.validate(input);
        if (!errors.isEmpty()) {
            metrics.rejected(source);
            throw new InvalidFactsException(errors.stream().map(locate).toList());
        }
        CompanyFacts facts = FactsMapper.toFacts(input);
        DiagnosisEngine engine = engines.current();
        Diagnosis diagnosis = engine.diagnose(facts);
        DiagnosisResponse response = assembler.assemble(facts, diagnosis, locale);
        long nanos = System.nanoTime() - start;
        metrics.served(source, response.language(), diagnosis.rulesetVersion(), nanos);
        log.atInfo().addKeyValue("companyId", facts.company().id()).addKeyValue("period", facts.period())
                .addKeyValue("input", source).addKeyValue("language", response.language())
                .addKeyValue("salespeople", facts.salespeople().size())
                .addKeyValue("findings", diagnosis.findings().size())
                .addKeyValue("recommendations", diagnosis.recommendations().size())
                .addKeyValue("rulesVersion", diagnosis.rulesetVersion())
                .addKeyValue("durationMs", nanos / 1_000_000)
                .log("Diagnosis served");
        return response;
    }
}
