package com.salesdiag.engine.internal.session;

import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.SubjectType;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Human names for subject ids, so that sentences say "Giulia Verdi", not "rep-017". */
final class SubjectNames {

    private final Map<SubjectType, Map<String, String>> names = new EnumMap<>(SubjectType.class);

    SubjectNames(CompanyFacts facts) {
        if (facts.company() != null) {
            put(SubjectType.COMPANY, facts.company().id(), facts.company().name());
        }
        facts.departments().forEach(d -> put(SubjectType.DEPARTMENT, d.id(), d.name()));
        facts.salespeople().forEach(s -> put(SubjectType.SALESPERSON, s.id(), s.name()));
        facts.products().forEach(p -> put(SubjectType.PRODUCT, p.id(), p.name()));
    }

    String nameOf(SubjectType type, String id) {
        Map<String, String> ofType = names.get(type);
        return ofType == null ? id : ofType.getOrDefault(id, id);
    }

    private void put(SubjectType type, String id, String name) {
        names.computeIfAbsent(type, t -> new HashMap<>()).put(id, name == null || name.isBlank() ? id : name);
    }
}
