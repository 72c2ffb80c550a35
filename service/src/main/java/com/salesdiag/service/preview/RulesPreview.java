package com.salesdiag.service.preview;

import com.salesdiag.engine.DiagnosisEngine;
import com.salesdiag.engine.LiveRuleset;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.rules.ScenarioCase;
import com.salesdiag.service.decisionlog.HistoryPage;
import com.salesdiag.service.decisionlog.RecordedDiagnoses;
import com.salesdiag.service.decisionlog.ReplayableDiagnosis;
import com.salesdiag.service.diagnosis.DiagnosisAssembler;
import com.salesdiag.service.diagnosis.DiagnosisResponse;
import com.salesdiag.service.facts.FactsInput;
import com.salesdiag.service.facts.FactsMapper;
import com.salesdiag.service.security.Caller;
import com.salesdiag.service.system.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What an edit of the rules would change, on what matters: every scenario, and the diagnoses managers actually
 * asked for lately, diagnosed again from their recorded facts with the rules serving and with the edit, the two
 * answers compared as a manager reads them. Nothing is recorded. The edit's engine is the one the check compiled;
 * it never serves.
 */
@Service
public class RulesPreview {

    /** Replayed unless the analyst asks for another number: enough to show a policy's reach, quick enough to wait for. */
    public static final int DEFAULT_REPLAY = 200;
    public static final int MAX_REPLAY = 1000;

    private static final Logger log = LoggerFactory.getLogger(RulesPreview.class);

    private final RecordedDiagnoses recorded;
    private final DiagnosisAssembler assembler;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Clock clock;

    RulesPreview(RecordedDiagnoses recorded, DiagnosisAssembler assembler, JsonMapper json, MessageSource messages,
                 Clock clock) {
        this.recorded = recorded;
        this.assembler = assembler;
        this.json = json;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The recorded diagnoses to replay: the newest {@code limit} (0: none) recorded from the start of {@code from} to
     * the end of {@code to}, either open.
     */
    public record ReplayQuery(int limit, LocalDate from, LocalDate to) {
    }

    /** The scenarios' answers and, when asked, the replay; both empty when the edit did not compile or pass its checks. */
    public record Preview(Optional<ScenarioPreview> scenarios, Optional<Replay> replay) {
    }

    public Preview preview(LiveRuleset.Trial trial, ReplayQuery query, Caller caller, Locale locale,
                           UnaryOperator<String> shownFile) {
        if (trial.edited().isEmpty()) {
            return new Preview(Optional.empty(), Optional.empty());
        }
        DiagnosisEngine serving = trial.serving();
        DiagnosisEngine edited = trial.edited().get();
        return new Preview(Optional.of(scenarios(trial.scenarios(), locale, shownFile)),
                query.limit() <= 0 ? Optional.empty() : Optional.of(replay(query, serving, edited, caller, locale)));
    }

    private ScenarioPreview scenarios(List<ScenarioCase> cases, Locale locale, UnaryOperator<String> shownFile) {
        List<ScenarioPreview.ScenarioAnswer> answers = new ArrayList<>();
        for (ScenarioCase scenario : cases) {
            AnswerChange change = AnswerComparison.compare(
                    assembler.assemble(scenario.servingFacts(), scenario.served(), locale),
                    assembler.assemble(scenario.editedFacts(), scenario.edited(), locale));
            if (!change.isEmpty()) {
                answers.add(new ScenarioPreview.ScenarioAnswer(scenario.scenario(), shownFile.apply(scenario.file()), change));
            }
        }
        return new ScenarioPreview(text(locale, "salesdiag.preview.scenariosChanged", answers.size(), cases.size()),
                cases.size(), answers.size(), answers);
    }

    private Replay replay(ReplayQuery query, DiagnosisEngine serving, DiagnosisEngine edited, Caller caller,
                          Locale locale) {
        long start = System.nanoTime();
        HistoryPage<ReplayableDiagnosis> page = recorded.forReplay(caller, query.limit(),
                query.from() == null ? null : query.from().atStartOfDay(ZoneOffset.UTC).toInstant(),
                query.to() == null ? null : query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        // Two engines and an answer each, for every record: spread over the cores, each record on its own.
        List<Object> outcomes = page.items().parallelStream().map(r -> replay(r, serving, edited, locale)).toList();
        List<Replay.ReplayedDiagnosis> changed = new ArrayList<>();
        List<Replay.NotReplayed> failed = new ArrayList<>();
        Set<String> coached = new HashSet<>();
        Set<String> uncoached = new HashSet<>();
        Set<String> reviewed = new HashSet<>();
        Set<String> unreviewed = new HashSet<>();
        for (Object outcome : outcomes) {
            if (outcome instanceof Replay.NotReplayed notReplayed) {
                failed.add(notReplayed);
            } else if (outcome instanceof Replay.ReplayedDiagnosis diagnosis) {
                changed.add(diagnosis);
                count(diagnosis, diagnosis.change().added(), "PERSONAL_COACHING", coached);
                count(diagnosis, diagnosis.change().removed(), "PERSONAL_COACHING", uncoached);
                count(diagnosis, diagnosis.change().added(), "HR_DISMISSAL_REVIEW", reviewed);
                count(diagnosis, diagnosis.change().removed(), "HR_DISMISSAL_REVIEW", unreviewed);
            }
        }
        int replayed = page.items().size() - failed.size();
        List<String> parts = new ArrayList<>();
        parts.add(page.items().isEmpty() ? text(locale, "salesdiag.preview.noRecords")
                : text(locale, "salesdiag.preview.changed", changed.size(), replayed));
        parts.add(text(locale, "salesdiag.preview.coachingAdded", coached.size()));
        if (!uncoached.isEmpty()) {
            parts.add(text(locale, "salesdiag.preview.coachingRemoved", uncoached.size()));
        }
        parts.add(text(locale, "salesdiag.preview.hrAdded", reviewed.size()));
        if (!unreviewed.isEmpty()) {
            parts.add(text(locale, "salesdiag.preview.hrRemoved", unreviewed.size()));
        }
        if (!failed.isEmpty()) {
            parts.add(text(locale, "salesdiag.preview.notReplayed", failed.size()));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.atInfo().addKeyValue("replayed", replayed).addKeyValue("changed", changed.size())
                .addKeyValue("failed", failed.size()).addKeyValue("durationMs", millis)
                .log("Recorded diagnoses replayed for a rules preview");
        return new Replay(String.join("; ", parts), replayed, changed.size(), page.total(), query.limit(),
                query.from(), query.to(), coached.size(), uncoached.size(), reviewed.size(), unreviewed.size(),
                failed, changed, millis);
    }

    /** A {@link Replay.ReplayedDiagnosis} when the answer changes, a {@link Replay.NotReplayed}, or null. */
    private Object replay(ReplayableDiagnosis record, DiagnosisEngine serving, DiagnosisEngine edited, Locale reader) {
        // The sentences compared are those the manager read: in the language of the record.
        Locale locale = Languages.SUPPORTED.stream().filter(l -> l.getLanguage().equals(record.language()))
                .findFirst().orElse(reader);
        try {
            FactsInput input = json.readValue(record.factsJson(), FactsInput.class);
            // The day it was recorded decides, as then, whether the period was over.
            CompanyFacts facts = FactsMapper.toFacts(input, LocalDate.ofInstant(record.recordedAt(), clock.getZone()));
            DiagnosisResponse before = recordedAnswer(record, serving, locale)
                    .orElseGet(() -> assembler.assemble(facts, serving.diagnose(facts), locale));
            DiagnosisResponse after = assembler.assemble(facts, edited.diagnose(facts), locale);
            AnswerChange change = AnswerComparison.compare(before, after);
            return change.isEmpty() ? null : new Replay.ReplayedDiagnosis(record.id(), "/api/v1/diagnoses/" + record.id(),
                    record.recordedAt(), record.companyId(), record.companyName(), record.period(),
                    record.rulesVersion(), locale.getLanguage(), change);
        } catch (RuntimeException e) {
            log.atWarn().addKeyValue("diagnosisId", record.id()).setCause(e)
                    .log("A recorded diagnosis could not be replayed for a rules preview");
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Replay.NotReplayed(record.id(), why.length() > 200 ? why.substring(0, 200) + "…" : why);
        }
    }

    /**
     * The answer as recorded, when the rules serving made it: the same facts on the same rules give the same answer
     * (docs/domain.md, invariant 3), so it need not be diagnosed again.
     */
    private Optional<DiagnosisResponse> recordedAnswer(ReplayableDiagnosis record, DiagnosisEngine serving,
                                                       Locale locale) {
        if (record.answerJson() == null || !serving.rules().version().equals(record.rulesVersion())
                || !locale.getLanguage().equals(record.language())) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(record.answerJson(), DiagnosisResponse.class));
        } catch (RuntimeException e) {
            return Optional.empty(); // an answer of an older shape: diagnosed again
        }
    }

    /** {@code company/subject} of each conclusion of {@code code}: a person counts once however often recorded. */
    private static void count(Replay.ReplayedDiagnosis diagnosis, List<String> conclusions, String code, Set<String> people) {
        String prefix = code + " for ";
        conclusions.stream().filter(c -> c.startsWith(prefix))
                .forEach(c -> people.add(diagnosis.companyId() + "/" + c.substring(prefix.length())));
    }

    private String text(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
