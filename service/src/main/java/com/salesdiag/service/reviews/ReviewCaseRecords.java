package com.salesdiag.service.reviews;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

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

/**
 * The review cases' tables. Cases are inserted by diagnoses and change status only with a decision; decisions and
 * the diagnoses joined to a case are only ever inserted.
 */
@Repository
class ReviewCaseRecords {

    private static final String SUMMARY = "select c.id, c.kind, c.status, c.company_id, c.salesperson_id, "
            + "c.salesperson_name, c.department_id, c.period, c.opened_at, c.opened_by, "
            + "(select d.company_name from diagnosis d where d.id = c.opened_by) as company_name, "
            + "(select count(*) from review_case_diagnosis l where l.case_id = c.id) as diagnosis_count, "
            // the latest diagnosis' recommendation, whose record gives the list its reason and attainment
            + "(select l.recommendation from review_case_diagnosis l where l.case_id = c.id "
            + "order by l.diagnosis_id desc limit 1) as latest_recommendation "
            + "from review_case c";

    private final JdbcClient jdbc;

    ReviewCaseRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The case a new recommendation joins: the open one for the person and kind, else the one of its period. */
    Optional<Long> caseToJoin(String company, String salesperson, CaseKind kind, String period) {
        return jdbc.sql("""
                        select id from review_case
                        where company_id = :company and salesperson_id = :salesperson and kind = :kind
                          and (open_marker = 'Y' or period = :period)
                        order by case when open_marker = 'Y' then 0 else 1 end, id desc""")
                .param("company", company).param("salesperson", salesperson).param("kind", kind.name())
                .param("period", period)
                .query(Long.class).list().stream().findFirst();
    }

    long open(String company, String salesperson, String salespersonName, String department, CaseKind kind,
              String period, Instant at, long diagnosisId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into review_case (kind, company_id, salesperson_id, salesperson_name, department_id,
                            period, opened_at, opened_by, status, open_marker)
                        values (:kind, :company, :salesperson, :name, :department, :period, :at, :diagnosis,
                            'OPEN', 'Y')""")
                .param("kind", kind.name()).param("company", company).param("salesperson", salesperson)
                .param("name", salespersonName).param("department", department).param("period", period)
                .param("at", time(at)).param("diagnosis", diagnosisId)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void join(long caseId, long diagnosisId, String period, Instant at, String recommendationJson) {
        jdbc.sql("""
                        insert into review_case_diagnosis (case_id, diagnosis_id, period, linked_at, recommendation)
                        values (:case, :diagnosis, :period, :at, :recommendation)""")
                .param("case", caseId).param("diagnosis", diagnosisId).param("period", period).param("at", time(at))
                .param("recommendation", recommendationJson)
                .update();
    }

    /**
     * Sets the status a decision gives, if the case is still open; false if it is not (or does not exist). Takes the
     * row's lock, so two decisions on one case are taken one after the other.
     */
    boolean decide(long caseId, Decision decision) {
        return jdbc.sql("""
                        update review_case set status = :status, open_marker = :marker
                        where id = :id and status in ('OPEN', 'DEFERRED')""")
                .param("status", decision.status().name())
                .param("marker", decision.closes() ? null : "Y", java.sql.Types.CHAR)
                .param("id", caseId)
                .update() == 1;
    }

    long insertDecision(long caseId, Decision decision, String rationale, String employeeResponse, String decidedBy,
                        Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into review_decision (case_id, decision, rationale, employee_response, decided_by,
                            decided_at)
                        values (:case, :decision, :rationale, :response, :by, :at)""")
                .param("case", caseId).param("decision", decision.name()).param("rationale", rationale)
                .param("response", employeeResponse, java.sql.Types.VARCHAR).param("by", decidedBy)
                .param("at", time(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * A case as the tables hold it: its summary (without what the latest recommendation says) and the latest
     * recommendation joined to it, as JSON.
     */
    record CaseRow(ReviewCaseSummary summary, String latestRecommendationJson) {
    }

    Optional<CaseRow> find(long id) {
        return jdbc.sql(SUMMARY + " where c.id = :id").param("id", id).query((rs, n) -> row(rs)).optional()
                .map(r -> new CaseRow(r.summary().withLatestDecision(latest(decisions(List.of(id))).get(id)),
                        r.latestRecommendationJson()));
    }

    List<CaseRow> list(CaseQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(query, params);
        params.addValue("limit", query.limit()).addValue("offset", query.offset());
        List<CaseRow> cases = jdbc.sql(SUMMARY + where + " order by c.id desc limit :limit offset :offset")
                .paramSource(params).query((rs, n) -> row(rs)).list();
        Map<Long, DecisionView> latest = latest(decisions(cases.stream().map(r -> r.summary().id()).toList()));
        return cases.stream().map(r -> new CaseRow(r.summary().withLatestDecision(latest.get(r.summary().id())),
                r.latestRecommendationJson())).toList();
    }

    long count(CaseQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(query, params);
        return jdbc.sql("select count(*) from review_case c" + where).paramSource(params).query(Long.class).single();
    }

    private static String where(CaseQuery query, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder(" where c.status in (:statuses)");
        params.addValue("statuses", query.statuses().stream().map(Enum::name).toList());
        if (query.kind() != null) {
            where.append(" and c.kind = :kind");
            params.addValue("kind", query.kind().name());
        }
        if (query.companies() != null) {
            where.append(" and c.company_id in (:companies)");
            params.addValue("companies", query.companies());
        }
        if (query.company() != null) {
            where.append(" and c.company_id = :company");
            params.addValue("company", query.company());
        }
        if (query.department() != null) {
            where.append(" and c.department_id = :department");
            params.addValue("department", query.department());
        }
        if (query.salesperson() != null) {
            where.append(" and c.salesperson_id = :salesperson");
            params.addValue("salesperson", query.salesperson());
        }
        if (query.diagnosis() != null) {
            where.append(" and exists (select 1 from review_case_diagnosis l where l.case_id = c.id"
                    + " and l.diagnosis_id = :diagnosis)");
            params.addValue("diagnosis", query.diagnosis());
        }
        return where.toString();
    }

    /** Each case's decisions, oldest first. */
    Map<Long, List<DecisionView>> decisions(Collection<Long> caseIds) {
        Map<Long, List<DecisionView>> decisions = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return decisions;
        }
        jdbc.sql("""
                        select id, case_id, decision, rationale, employee_response, decided_by, decided_at
                        from review_decision where case_id in (:ids) order by case_id, id""")
                .param("ids", caseIds)
                .query(rs -> {
                    decisions.computeIfAbsent(rs.getLong("case_id"), k -> new ArrayList<>()).add(new DecisionView(
                            rs.getLong("id"), Decision.valueOf(rs.getString("decision")), rs.getString("rationale"),
                            rs.getString("employee_response"), rs.getString("decided_by"),
                            rs.getObject("decided_at", OffsetDateTime.class).toInstant()));
                });
        return decisions;
    }

    /**
     * The diagnoses joined to a case, oldest first: id, period, when, who asked for it and the rules that answered
     * (from the decision log), and the recommendation as JSON.
     */
    List<JoinedDiagnosis> joined(long caseId) {
        return jdbc.sql("""
                        select l.diagnosis_id, l.period, l.linked_at, l.recommendation, d.requested_by,
                            d.rules_version
                        from review_case_diagnosis l join diagnosis d on d.id = l.diagnosis_id
                        where l.case_id = :case order by l.diagnosis_id""")
                .param("case", caseId)
                .query((rs, n) -> new JoinedDiagnosis(rs.getLong("diagnosis_id"), rs.getString("period"),
                        rs.getObject("linked_at", OffsetDateTime.class).toInstant(), rs.getString("requested_by"),
                        rs.getString("rules_version"), rs.getString("recommendation")))
                .list();
    }

    record JoinedDiagnosis(long diagnosisId, String period, Instant linkedAt, String requestedBy,
                           String rulesVersion, String recommendationJson) {
    }

    private static Map<Long, DecisionView> latest(Map<Long, List<DecisionView>> decisions) {
        Map<Long, DecisionView> latest = new LinkedHashMap<>();
        decisions.forEach((id, list) -> latest.put(id, list.get(list.size() - 1)));
        return latest;
    }

    private static CaseRow row(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new CaseRow(new ReviewCaseSummary(id, "/api/v1/review-cases/" + id,
                CaseKind.valueOf(rs.getString("kind")), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("company_id"), rs.getString("company_name"), rs.getString("salesperson_id"),
                rs.getString("salesperson_name"),
                rs.getString("department_id"), null, rs.getString("period"),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(), rs.getLong("opened_by"),
                rs.getInt("diagnosis_count"), null, null, null, null, null, null), rs.getString("latest_recommendation"));
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
