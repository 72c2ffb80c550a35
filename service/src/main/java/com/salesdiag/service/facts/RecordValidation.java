package com.salesdiag.service.facts;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Jakarta Validation of {@link FactsInput}, giving the same violations at the same paths as
 * {@code validator.validate(input)}, but record by record: each list's records are validated on their own, and
 * in parallel when the input is large. Hibernate Validator walks a cascaded graph on one thread, ~1 s of one core
 * for the 154,519 records of a 10,000-salesperson company; the records are independent of each other (what
 * relates them is {@link CrossRecordChecks}), so nothing is lost by splitting them.
 */
final class RecordValidation {

    /**
     * One constraint violation: where (Hibernate's path, as cascading would give it), the message, and whether the
     * value is missing ({@code @NotNull}, {@code @NotBlank}): in a CSV file that is an empty cell, and is said so.
     */
    record Violation(String path, String message, boolean missing) {

        Violation(String path, ConstraintViolation<?> violation) {
            this(path, violation.getMessage(),
                    violation.getConstraintDescriptor().getAnnotation() instanceof jakarta.validation.constraints.NotNull
                            || violation.getConstraintDescriptor().getAnnotation()
                            instanceof jakarta.validation.constraints.NotBlank);
        }
    }

    private static final RecordComponent[] PROPERTIES = FactsInput.class.getRecordComponents();

    private final Validator validator;
    private final int parallelFrom;

    /** @param parallelFrom from how many records in all the lists are validated in parallel */
    RecordValidation(Validator validator, int parallelFrom) {
        this.validator = validator;
        this.parallelFrom = parallelFrom;
    }

    List<Violation> violations(FactsInput input) {
        Object[] values = new Object[PROPERTIES.length];
        int records = 0;
        for (int p = 0; p < PROPERTIES.length; p++) {
            values[p] = read(PROPERTIES[p], input);
            records += values[p] instanceof Collection<?> list ? list.size() : 0;
        }
        boolean parallel = records >= parallelFrom;
        List<Violation> violations = new ArrayList<>();
        for (int p = 0; p < PROPERTIES.length; p++) {
            String name = PROPERTIES[p].getName();
            Object value = values[p];
            // The property's own constraints, and those on its list's elements (@NotNull); @Valid is not followed.
            for (ConstraintViolation<FactsInput> v : validator.validateValue(FactsInput.class, name, value)) {
                violations.add(new Violation(v.getPropertyPath().toString(), v));
            }
            if (value instanceof List<?> list) {
                IntStream indexes = IntStream.range(0, list.size());
                (parallel ? indexes.parallel() : indexes)
                        .mapToObj(i -> inside(name + "[" + i + "]", list.get(i)))
                        .forEachOrdered(violations::addAll);
            } else if (value != null && cascades(PROPERTIES[p])) {
                violations.addAll(inside(name, value));
            }
        }
        return violations;
    }

    /** The violations of one record, at the paths they have inside the whole input. */
    private List<Violation> inside(String at, Object record) {
        if (record == null) {
            return List.of(); // reported by the list's own @NotNull
        }
        List<Violation> found = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(record)) {
            String path = v.getPropertyPath().toString();
            found.add(new Violation(path.isEmpty() ? at : at + "." + path, v));
        }
        return found;
    }

    private static boolean cascades(RecordComponent property) {
        try {
            return FactsInput.class.getDeclaredField(property.getName()).isAnnotationPresent(Valid.class);
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException(impossible); // every record component has its field
        }
    }

    private static Object read(RecordComponent property, FactsInput input) {
        try {
            return property.getAccessor().invoke(input);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + property.getName(), e);
        }
    }
}
