package com.salesdiag.service.csv;

import com.salesdiag.service.facts.FactsInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV files the service reads, one per kind of fact, named after the lists of {@link FactsInput}: the file
 * {@code salespeople.csv} (form part {@code salespeople}) holds the rows of {@code salespeople}, with columns named
 * after the fields. Derived from the input model, so the CSV and JSON formats cannot drift apart.
 */
final class CsvKinds {

    /**
     * The file that holds the company and the period under diagnosis: one row; {@code dataThrough} and
     * {@code prorateGoals} when the facts cover only part of the period.
     */
    static final String COMPANY = "company";
    static final List<String> COMPANY_COLUMNS = List.of("id", "name", "period", "fiscalYearStartMonth", "dataThrough",
            "prorateGoals");
    /** The columns of the company file that are fields of the facts themselves, read as such. */
    static final List<String> COVERAGE_COLUMNS = List.of("dataThrough", "prorateGoals");

    /** Each list of {@link FactsInput} and the record type of its rows, in the input model's order. */
    static final Map<String, Class<? extends Record>> LISTS = lists();

    private CsvKinds() {
    }

    static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(COMPANY);
        names.addAll(LISTS.keySet());
        return names;
    }

    /**
     * The parts a CSV form may have: the KPI files, and the raw files the rawdata feature adds up (order lines,
     * opportunities, the mapping of their columns), named so that a misspelt part is answered with every name.
     */
    static List<String> allParts() {
        List<String> parts = new ArrayList<>(names());
        parts.addAll(RAW_PARTS);
        return parts;
    }

    static final List<String> RAW_PARTS = List.of("orderLines", "opportunities", "mapping");

    static List<String> columns(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** Constraints on a record component land on its accessor (their targets do not include record components). */
    static boolean required(RecordComponent component) {
        java.lang.reflect.Method accessor = component.getAccessor();
        return accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotBlank.class)
                || accessor.isAnnotationPresent(NotEmpty.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends Record>> lists() {
        Map<String, Class<? extends Record>> lists = new LinkedHashMap<>();
        for (RecordComponent component : FactsInput.class.getRecordComponents()) {
            if (component.getType() == List.class && component.getGenericType() instanceof ParameterizedType type
                    && type.getActualTypeArguments()[0] instanceof Class<?> row && row.isRecord()) {
                lists.put(component.getName(), (Class<? extends Record>) row);
            }
        }
        return Collections.unmodifiableMap(lists);
    }
}
