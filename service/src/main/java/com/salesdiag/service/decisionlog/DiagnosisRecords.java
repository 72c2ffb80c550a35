package com.salesdiag.service.decisionlog;

import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.Department;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.derived.Period;
import com.salesdiag.engine.derived.PeriodCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The decision log's tables. Inserts and reads only: the log is append-only, so there is deliberately no
 * statement here that updates or deletes a diagnosis.
 */
@Repository
class DiagnosisRecords {

    private static final String SUMMARY_COLUMNS = "d.id, d.recorded_at, d.requested_by, d.company_id, d.company_name, "
            + "d.period, d.input_kind, d.language, d.rules_version";

    private final JdbcClient jdbc;
    /** For statements that bind arrays, which need the connection to create them. */
    private final JdbcTemplate arrays;

    DiagnosisRecords(JdbcClient jdbc, JdbcTemplate arrays) {
        this.jdbc = jdbc;
        this.arrays = arrays;
    }

    long insert(DiagnosisToRecord r, Instant at) {
        CompanyFacts facts = r.facts();
        Period period = PeriodCalendar.parse(facts.period(), true, facts.fiscalYearStart());
        GzipJson answerGzip = GzipJson.of(r.answerJson());
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into diagnosis (recorded_at, requested_by, company_id, company_name, period, period_start,
                            period_end, input_kind, language, rules_version, salespeople, findings, recommendations,
                            facts_gzip, answer_gzip)
                        values (:recordedAt, :requestedBy, :companyId, :companyName, :period, :periodStart,
                            :periodEnd, :inputKind, :language, :rulesVersion, :salespeople, :findings, :recommendations,
                            :facts, :answer)""")
                .param("recordedAt", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("requestedBy", r.requestedBy())
                .param("companyId", facts.company().id())
                .param("companyName", facts.company().name())
                .param("period", facts.period())
                .param("periodStart", period.start())
                .param("periodEnd", period.end())
                .param("inputKind", r.inputKind())
                .param("language", r.language())
                .param("rulesVersion", r.diagnosis().rulesetVersion())
                .param("salespeople", facts.salespeople().size())
                .param("findings", r.diagnosis().findings().size())
                .param("recommendations", r.diagnosis().recommendations().size())
                .param("facts", r.factsJson())
                .param("answer", answerGzip)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();

        Set<String> departments = new TreeSet<>();
        facts.departments().stream().map(Department::id).forEach(departments::add);
        facts.salespeople().stream().map(Salesperson::departmentId).forEach(departments::add);
        Map<String, String> people = new LinkedHashMap<>();
        facts.salespeople().forEach(p -> people.putIfAbsent(p.id(), p.departmentId()));
        // One statement per table, the ids as arrays: a row per statement took 0.15-0.35 s for 10,000 salespeople.
        arrays.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into diagnosis_department"
                    + " (diagnosis_id, department_id) select ?, d from unnest(?) as x(d)");
            insert.setLong(1, id);
            insert.setArray(2, connection.createArrayOf("varchar", departments.toArray()));
            return insert;
        });
        arrays.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into diagnosis_salesperson"
                    + " (diagnosis_id, salesperson_id, department_id) select ?, s, d from unnest(?, ?) as x(s, d)");
            insert.setLong(1, id);
            insert.setArray(2, connection.createArrayOf("varchar", people.keySet().toArray()));
            insert.setArray(3, connection.createArrayOf("varchar", people.values().toArray()));
            return insert;
        });
        return id;
    }

    /**
     * One page of the diagnoses that match, newest first, and how many match in all; only those covering a
     * department of {@code scope} or asked for by {@code requester}, and of a company of {@code companies} (null: any).
     */
    HistoryPage<DiagnosisSummary> list(HistoryQuery query, Set<String> scope, Set<String> companies, String requester) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (companies != null) {
            where.append(" and d.company_id in (:companies)");
            params.addValue("companies", companies);
        }
        if (query.company() != null) {
            where.append(" and d.company_id = :company");
            params.addValue("company", query.company());
        }
        if (query.period() != null) {
            where.append(" and d.period = :period");
            params.addValue("period", query.period());
        }
        if (query.from() != null) {
            where.append(" and d.period_start >= :from");
            params.addValue("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and d.period_end <= :to");
            params.addValue("to", query.to());
        }
        if (query.department() != null) {
            where.append(" and exists (select 1 from diagnosis_department x where x.diagnosis_id = d.id"
                    + " and x.department_id = :department)");
            params.addValue("department", query.department());
        }
        if (query.salesperson() != null) {
            where.append(" and exists (select 1 from diagnosis_salesperson s where s.diagnosis_id = d.id"
                    + " and s.salesperson_id = :salesperson")
                    .append(scope == null ? "" : " and s.department_id in (:scope)").append(')');
            params.addValue("salesperson", query.salesperson());
        }
        if (scope != null) {
            where.append(" and (exists (select 1 from diagnosis_department y where y.diagnosis_id = d.id"
                    + " and y.department_id in (:scope)) or d.requested_by = :requester)");
            params.addValue("scope", scope.isEmpty() ? Set.of("") : scope).addValue("requester", requester);
        }
        long total = jdbc.sql("select count(*) from diagnosis d" + where).paramSource(params)
                .query(Long.class).single();
        params.addValue("limit", query.limit()).addValue("offset", query.offset());
        List<DiagnosisSummary> items = jdbc.sql("select " + SUMMARY_COLUMNS + " from diagnosis d" + where
                        + " order by d.id desc limit :limit offset :offset")
                .paramSource(params).query((rs, n) -> summary(rs, List.of())).list();
        Map<Long, List<String>> departments = departmentsOf(items.stream().map(DiagnosisSummary::id).toList(), scope);
        return new HistoryPage<>(items.stream()
                .map(i -> i.withDepartments(departments.getOrDefault(i.id(), List.of()))).toList(),
                total, query.limit(), query.offset());
    }

    /**
     * The whole record, if it covers a department of {@code scope} (null: any) or was asked for by
     * {@code requester}, and is of a company of {@code companies} (null: any).
     */
    Optional<StoredDiagnosis> find(long id, Set<String> scope, Set<String> companies, String requester) {
        return find(id, scope, companies, requester, true);
    }

    /** The same, without reading the facts when they are not needed ({@code factsJson} null then). */
    Optional<StoredDiagnosis> find(long id, Set<String> scope, Set<String> companies, String requester,
                                   boolean withFacts) {
        List<String> departments = departmentsOf(List.of(id), scope).getOrDefault(id, List.of());
        MapSqlParameterSource params = new MapSqlParameterSource("id", id);
        String ofCompanies = "";
        if (scope != null && departments.isEmpty()) {
            ofCompanies = " and d.requested_by = :requester";
            params.addValue("requester", requester);
        }
        if (companies != null) {
            ofCompanies += " and d.company_id in (:companies)";
            params.addValue("companies", companies);
        }
        return jdbc.sql("select " + SUMMARY_COLUMNS + (withFacts ? ", d.facts, d.facts_gzip" : "")
                        + ", d.answer, d.answer_gzip from diagnosis d where d.id = :id" + ofCompanies)
                .paramSource(params)
                .query((rs, n) -> new StoredDiagnosis(summary(rs, departments),
                        withFacts ? document(rs, "facts") : null, document(rs, "answer")))
                .optional();
    }

    /**
     * The newest {@code limit} diagnoses recorded in {@code [from, to)} (either may be null), of a company of
     * {@code companies} (null: any), with their facts, newest first; and how many there are in all.
     */
    HistoryPage<ReplayableDiagnosis> recordedFacts(int limit, Instant from, Instant to, Set<String> companies) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (from != null) {
            where.append(" and d.recorded_at >= :from");
            params.addValue("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        }
        if (to != null) {
            where.append(" and d.recorded_at < :to");
            params.addValue("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        }
        if (companies != null) {
            where.append(" and d.company_id in (:companies)");
            params.addValue("companies", companies.isEmpty() ? Set.of("") : companies);
        }
        long total = jdbc.sql("select count(*) from diagnosis d" + where).paramSource(params).query(Long.class).single();
        params.addValue("limit", limit);
        List<ReplayableDiagnosis> items = jdbc.sql("select d.id, d.recorded_at, d.company_id, d.company_name, d.period,"
                        + " d.rules_version, d.language, d.facts, d.facts_gzip, d.answer, d.answer_gzip from diagnosis d"
                        + where
                        + " order by d.id desc limit :limit")
                .paramSource(params)
                .query((rs, n) -> new ReplayableDiagnosis(rs.getLong("id"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("company_id"),
                        rs.getString("company_name"), rs.getString("period"), rs.getString("rules_version"),
                        rs.getString("language"), document(rs, "facts"), document(rs, "answer")))
                .list();
        return new HistoryPage<>(items, total, limit, 0);
    }

    /** Up to {@code limit} ids of diagnoses recorded before {@code before}, above {@code after}, ascending. */
    List<Long> idsRecordedBefore(Instant before, long after, int limit) {
        return jdbc.sql("select id from diagnosis where recorded_at < :before and id > :after order by id limit :limit")
                .param("before", OffsetDateTime.ofInstant(before, java.time.ZoneOffset.UTC)).param("after", after)
                .param("limit", limit).query(Long.class).list();
    }

    /** A document compressed (V7 on), or as text in the rows recorded before. */
    private static byte[] document(ResultSet rs, String column) throws SQLException {
        byte[] gzip = rs.getBytes(column + "_gzip");
        if (gzip != null) {
            return GzipJson.utf8(gzip);
        }
        String text = rs.getString(column);
        return text == null ? null : text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private Map<Long, List<String>> departmentsOf(Collection<Long> ids, Set<String> scope) {
        Map<Long, List<String>> departments = new LinkedHashMap<>();
        if (ids.isEmpty() || scope != null && scope.isEmpty()) {
            return departments;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids", ids);
        String sql = "select diagnosis_id, department_id from diagnosis_department where diagnosis_id in (:ids)";
        if (scope != null) {
            sql += " and department_id in (:scope)";
            params.addValue("scope", scope);
        }
        jdbc.sql(sql + " order by diagnosis_id, department_id").paramSource(params).query(rs -> {
            departments.computeIfAbsent(rs.getLong("diagnosis_id"), k -> new ArrayList<>())
                    .add(rs.getString("department_id"));
        });
        return departments;
    }

    private static DiagnosisSummary summary(ResultSet rs, List<String> departments) throws SQLException {
        long id = rs.getLong("id");
        return new DiagnosisSummary(id, "/api/v1/diagnoses/" + id,
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("requested_by"),
                rs.getString("company_id"), rs.getString("company_name"), rs.getString("period"),
                rs.getString("input_kind"), rs.getString("language"), rs.getString("rules_version"), departments);
    }
}
