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

    CompanyFigures(CompanyFacts facts) {
        this.facts = facts;
        facts.salespeople().forEach(s -> people.put(s.id(), s));
        people.values().forEach(s -> byDepartment.computeIfAbsent(s.departmentId(), d -> new ArrayList<>()).add(s));
        for (Goal goal : facts.goals()) {
            if (goal.level() == GoalLevel.SALESPERSON && goal.period().equals(facts.period())) {
                targets.put(goal.subjectId(), goal.target());
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

    /** Goal minus revenue, never negative; zero without a goal. */
    double ownShortfall(String salespersonId) {
        if (!targets.containsKey(salespersonId)) {
            return 0;
        }
        SalesResult result = results.get(salespersonId);
        return Math.max(0, target(salespersonId) - (result == null ? 0 : result.revenue()));
    }

    SalesResult result(String salespersonId) {
        return results.get(salespersonId);
    }
}
