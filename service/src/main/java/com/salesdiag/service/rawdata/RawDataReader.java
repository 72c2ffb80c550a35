package com.salesdiag.service.rawdata;

import com.salesdiag.service.facts.FactsInput;
import com.salesdiag.service.system.Excerpt;
import com.salesdiag.service.system.InputError;
import com.salesdiag.service.facts.InvalidFactsException;
import com.salesdiag.service.csv.UnreadableInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Adds raw files (order lines, opportunities) up into the facts a company's KPI files give, so that validation, the
 * honest-data rules and the decision log treat them as any other facts. A figure both a KPI file and a raw file
 * give for one subject and period is refused, naming both: neither is silently preferred.
 */
@Component
public class RawDataReader {

    public static final String MAPPING = "mapping";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RawDataReader.class);

    private final MessageSource messages;

    public RawDataReader(MessageSource messages) {
        this.messages = messages;
    }

    /** Whether a form part is a raw file (or the mapping of its columns) rather than a KPI file. */
    public static boolean isRawPart(String part) {
        return MAPPING.equals(part) || RawKind.ofPart(part).isPresent();
    }

    /**
     * @param kpi       the facts of the KPI files (company.csv at least)
     * @param kpiFiles  the KPI form parts sent, each with its file's name
     * @param kpiLocate where a field of {@code kpi} lies in its file
     */
    public RawFacts read(FactsInput kpi, Map<String, String> kpiFiles, UnaryOperator<InputError> kpiLocate,
                         List<RawUpload> uploads) {
        long began = System.nanoTime();
        Problems problems = new Problems(messages);
        Map<String, RawUpload> byPart = new LinkedHashMap<>();
        for (RawUpload upload : uploads) {
            if (byPart.putIfAbsent(upload.part(), upload) != null) {
                problems.add(upload.displayName(), null, null, "salesdiag.raw.onePerPart", upload.part());
            }
        }
        if (kpi.period() == null || !kpi.period().matches(FactsInput.PERIOD)) {
            problems.add(kpiFiles.getOrDefault("company", "company.csv"), 2, "period", "salesdiag.raw.periodFirst");
        }
        if (problems.any()) {
            throw new UnreadableInputException(problems.list());
        }
        ColumnMapping mapping = byPart.containsKey(MAPPING) ? ColumnMapping.read(byPart.get(MAPPING), problems)
                : ColumnMapping.none();
        if (problems.any()) {
            throw new UnreadableInputException(problems.list());
        }
        Integer start = kpi.company() == null ? null : kpi.company().fiscalYearStartMonth();
        Periods periods = new Periods(kpi.period().contains("Q"), start == null ? 1 : start);
        Subjects subjects = new Subjects(known(kpi, kpiFiles, mapping));
        RawUpload linesFile = byPart.get(RawKind.ORDER_LINES.part());
        RawUpload oppsFile = byPart.get(RawKind.OPPORTUNITIES.part());
        OrderLinesReading lines = linesFile == null ? null : RawCsv.read(linesFile, () -> new OrderLinesReading(
                linesFile.displayName(), mapping, periods, kpi.period(), subjects, problems), problems);
        if (lines != null) {
            lines.close();
        }
        OpportunitiesReading opps = oppsFile == null ? null : RawCsv.read(oppsFile, () -> new OpportunitiesReading(
                oppsFile.displayName(), mapping, periods, kpi.period(), subjects, problems), problems);
        if (linesFile == null && oppsFile == null) {
            problems.add(byPart.get(MAPPING).displayName(), null, null, "salesdiag.raw.mappingAlone");
        }
        if (problems.any()) {
            throw new UnreadableInputException(problems.list());
        }
        references(subjects, kpiFiles);
        RawFacts facts = new RawMerge(kpi, kpiLocate, subjects, lines, linesFile, opps, oppsFile, messages).merge();
        log.atInfo().addKeyValue("orderLines", lines == null ? null : lines.rows)
                .addKeyValue("opportunities", opps == null ? null : opps.rows)
                .addKeyValue("results", facts.computedFrom().results().size())
                .addKeyValue("delivery", facts.computedFrom().delivery() == null ? 0 : facts.computedFrom().delivery().size())
                .addKeyValue("durationMs", (System.nanoTime() - began) / 1_000_000)
                .log("Raw files added up");
        return facts;
    }

    private static Subjects.Known known(FactsInput kpi, Map<String, String> kpiFiles, ColumnMapping mapping) {
        Map<String, String> people = null;
        if (kpiFiles.containsKey("salespeople")) {
            people = new HashMap<>();
            for (FactsInput.Salesperson s : kpi.salespeople()) {
                if (s != null && s.id() != null) {
                    people.put(s.id(), s.departmentId() == null ? "" : s.departmentId());
                }
            }
        }
        Set<String> departments = kpiFiles.containsKey("departments") ? kpi.departments().stream()
                .filter(d -> d != null && d.id() != null).map(FactsInput.Department::id).collect(Collectors.toSet()) : null;
        Set<String> products = kpiFiles.containsKey("products") ? kpi.products().stream()
                .filter(p -> p != null && p.id() != null).map(FactsInput.Product::id).collect(Collectors.toSet()) : null;
        return new Subjects.Known(people, departments, products, mapping.addNewSubjects());
    }

    /** Names the KPI files do not know, and salespeople put in two departments: 422, at their first row. */
    private void references(Subjects subjects, Map<String, String> kpiFiles) {
        Problems problems = new Problems(messages);
        subjects.unknown.values().forEach(u -> problems.addEach(u.file(), u.row(), u.column(),
                "salesdiag.raw.unknown." + u.kind(), Excerpt.of(u.id()),
                kpiFiles.getOrDefault(u.kind().equals("salesperson") ? "salespeople"
                        : u.kind().equals("department") ? "departments" : "products", u.kind() + ".csv")));
        subjects.twoDepartments.forEach((id, where) -> {
            String[] w = where.split("\\|", -1);
            problems.addEach(w[4], Integer.valueOf(w[5]), w[6], "salesdiag.raw.twoDepartments", Excerpt.of(id),
                    Excerpt.of(w[0]), w[1], w[2], Excerpt.of(w[3]));
        });
        subjects.people.forEach((id, person) -> {
            if (person.departmentId == null && subjects.departmentOf(id) == null) {
                problems.addEach(person.file, person.row, person.column, "salesdiag.raw.noDepartmentFor", Excerpt.of(id));
            }
        });
        if (problems.any()) {
            throw new InvalidFactsException(problems.list());
        }
    }
}
