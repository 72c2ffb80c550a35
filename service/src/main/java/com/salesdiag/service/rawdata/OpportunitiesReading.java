package com.salesdiag.service.rawdata;

import com.salesdiag.service.csv.CsvCells;
import com.salesdiag.service.system.Excerpt;
import org.apache.commons.csv.CSVRecord;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts opportunities, one row at a time, into deals won and lost per salesperson and period (by close date), and
 * the lost ones by cause through the loss-reason table. Open opportunities are no deal yet: counted, not judged.
 */
final class OpportunitiesReading implements RawCsv.Reading {

    /** Distinct loss reasons listed one by one in the answer; past them, the rest are counted together. */
    static final int REASONS_LISTED = 100;
    static final String OTHER_REASONS = "…";

    private final String file;
    private final ColumnMapping mapping;
    private final Periods periods;
    private final String periodUnderDiagnosis;
    private final Subjects subjects;
    private final Problems problems;

    final Map<Keys.Sales, SalesFigures> sales = new HashMap<>();
    /** Each loss reason as written, the cause it was counted under, and how many lost deals gave it. */
    final Map<String, ReasonCount> reasons = new LinkedHashMap<>();
    RawColumns columns;
    boolean lossReasons;
    boolean amounts;
    long rows;
    long open;
    long afterPeriod;
    String firstPeriod;
    String lastPeriod;

    private final SeenIds seen = new SeenIds();

    record ReasonCount(LossCause cause, long[] count) {
    }

    OpportunitiesReading(String file, ColumnMapping mapping, Periods periods, String periodUnderDiagnosis,
                         Subjects subjects, Problems problems) {
        this.file = file;
        this.mapping = mapping;
        this.periods = periods;
        this.periodUnderDiagnosis = periodUnderDiagnosis;
        this.subjects = subjects;
        this.problems = problems;
    }

    @Override
    public boolean header(List<String> header, char delimiter) {
        columns = RawColumns.resolve(file, RawKind.OPPORTUNITIES, header, delimiter, mapping, problems);
        if (columns == null) {
            return false;
        }
        if (!columns.has("closeDate")) {
            problems.add(file, 1, "closeDate", "salesdiag.raw.missingField", "closeDate",
                    String.join(", ", RawKind.OPPORTUNITIES.field("closeDate").orElseThrow().aliases()));
            return false;
        }
        lossReasons = columns.has("lossReason");
        amounts = columns.has("amount");
        return true;
    }

    @Override
    public void row(int number, CSVRecord record) {
        rows++;
        if (columns.reportValueOutsideColumns(number, record, problems)) {
            return;
        }
        String id = columns.text(record, "opportunityId");
        String salespersonId = columns.text(record, "salespersonId");
        String word = columns.text(record, "outcome");
        boolean ok = true;
        for (String[] required : new String[][]{{"opportunityId", id}, {"salespersonId", salespersonId}, {"outcome", word}}) {
            if (required[1] == null) {
                problems.add(file, number, columns.header(required[0]), "salesdiag.raw.emptyCell", required[0]);
                ok = false;
            }
        }
        Outcome outcome = word == null ? null : mapping.reasons().outcome(word);
        if (word != null && outcome == null) {
            problems.add(file, number, columns.header("outcome"), "salesdiag.raw.unknownOutcome", Excerpt.of(word));
            ok = false;
        }
        LocalDate closed = null;
        Double amount = null;
        try {
            closed = columns.date(record, "closeDate");
        } catch (CsvCells.BadCell bad) {
            problems.add(file, number, columns.header("closeDate"), bad.code(), bad.args());
            ok = false;
        }
        try {
            amount = columns.number(record, "amount");
        } catch (CsvCells.BadCell bad) {
            problems.add(file, number, columns.header("amount"), bad.code(), bad.args());
            ok = false;
        }
        if (ok && outcome != Outcome.OPEN && closed == null) {
            problems.add(file, number, columns.header("closeDate"), "salesdiag.raw.emptyCell", "closeDate");
            ok = false;
        }
        if (!ok) {
            return;
        }
        if (!seen.add(id)) {
            problems.add(file, number, columns.header("opportunityId"), "salesdiag.raw.opportunityAgain", Excerpt.of(id));
            return;
        }
        if (outcome == Outcome.OPEN) {
            open++;
            return;
        }
        String period = periods.of(closed);
        if (Periods.after(period, periodUnderDiagnosis)) {
            afterPeriod++;
            return;
        }
        String departmentId = columns.text(record, "departmentId");
        if (!subjects.salesperson(salespersonId, columns.text(record, "salespersonName"), departmentId, file, number,
                columns.header("salespersonId"), columns.header("departmentId"))) {
            return;
        }
        if (departmentId != null && !subjects.department(departmentId, file, number, columns.header("departmentId"))) {
            return;
        }
        firstPeriod = firstPeriod == null || period.compareTo(firstPeriod) < 0 ? period : firstPeriod;
        lastPeriod = lastPeriod == null || period.compareTo(lastPeriod) > 0 ? period : lastPeriod;
        SalesFigures figures = sales.computeIfAbsent(new Keys.Sales(salespersonId, period), k -> new SalesFigures());
        figures.opportunities++;
        if (outcome == Outcome.WON) {
            figures.won++;
            if (amount == null) {
                figures.wonAmountKnown = false;
            } else {
                figures.wonAmount += amount;
            }
            return;
        }
        figures.lost++;
        String reason = lossReasons ? columns.text(record, "lossReason") : null;
        if (reason == null) {
            figures.lostWithoutReason++;
            return;
        }
        LossCause cause = mapping.reasons().cause(reason);
        if (cause == LossCause.PRICE) {
            figures.lostOnPrice++;
        } else if (cause == LossCause.PRODUCT) {
            figures.lostOnProduct++;
        }
        String listed = reasons.containsKey(reason) || reasons.size() < REASONS_LISTED ? reason : OTHER_REASONS;
        reasons.computeIfAbsent(listed, r -> new ReasonCount(listed.equals(OTHER_REASONS) ? null : cause,
                new long[1])).count()[0]++;
    }

    @Override
    public boolean stop() {
        return problems.full();
    }
}
