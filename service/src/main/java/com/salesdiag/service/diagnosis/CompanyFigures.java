package com.salesdiag.service.diagnosis;

import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.Goal;
import com.salesdiag.engine.facts.GoalLevel;
import com.salesdiag.engine.facts.SalesResult;
import com.salesdiag.engine.facts.Salesperson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of the period under diagnosis, per salesperson, that the estimates are made of. */
final class CompanyFigures {

    private final CompanyFacts facts;
    private final Map<String, Salesperson> people = new LinkedHashMap<>();
    private final Map<String, List<Salesperson>> byDepartment = new HashMap<>();
    private final Map<String, Double> targets = new HashMap<>();
    private final Map<String, SalesResult> results = new HashMap<>();
    /** The company's and departments' goals for the period, by "LEVEL/id". */
    private final Map<String, Double> scopeGoals = new HashMap<>();

    CompanyFigures(CompanyFacts facts) {
        this.facts = facts;
        facts.salespeople().forEach(s -> people.put(s.id(), s));
        people.values().forEach(s -> byDepartment.computeIfAbsent(s.departmentId(), d -> new ArrayList<>()).add(s));
        for (Goal goal : facts.goals()) {
            if (goal.period().equals(facts.period())) {
                if (goal.level() == GoalLevel.SALESPERSON) {
                    targets.put(goal.subjectId(), goal.target());
                } else {
                    scopeGoals.put(goal.level() + "/" + goal.subjectId(), goal.target());
                }
            }
        }
        for (SalesResult result : facts.results()) {
            if (result.period().equals(facts.period())) {
                results.put(result.salespersonId(), result);
            }
        }
    }

    CompanyFacts facts() {
        return facts;
    }

    List<Salesperson> salespeople() {
        return List.copyOf(people.values());
    }

    List<Salesperson> inDepartment(String departmentId) {
        return List.copyOf(byDepartment.getOrDefault(departmentId, List.of()));
    }

    Salesperson salesperson(String id) {
        return people.get(id);
    }

    double target(String salespersonId) {
        return targets.getOrDefault(salespersonId, 0d);
    }

    /**
     * Goal minus revenue, never negative; zero without a goal, and zero without a result: the rules measure no
     * attainment for a person whose sales are not recorded (the status says so), so no shortfall of theirs is
     * blamed on a cause either.
     */
    double ownShortfall(String salespersonId) {
        SalesResult result = results.get(salespersonId);
        if (!targets.containsKey(salespersonId) || result == null) {
            return 0;
        }
        return Math.max(0, target(salespersonId) - result.revenue());
    }

    /** The goal of the company or a department for the period under diagnosis; null if none was sent. */
    Double goalOf(com.salesdiag.engine.facts.SubjectType type, String id) {
        return scopeGoals.get(type.name() + "/" + id);
    }

    /** A goal for the period under diagnosis, but no result recorded for it. */
    boolean goalWithoutResult(String salespersonId) {
        return targets.containsKey(salespersonId) && target(salespersonId) > 0 && !results.containsKey(salespersonId);
    }

    SalesResult result(String salespersonId) {
        return results.get(salespersonId);
    }
}
