package com.salesdiag.engine.answer;

import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.SubjectType;

import java.util.List;

/**
 * A check of the ladder that could not be made for a subject: the cause {@code code} was neither found nor excluded
 * on figures, because its facts were not sent ({@link #NO_DATA}), only some of them were ({@link #PARTLY_SENT}, with
 * the figures missing in {@code figuresNotSent}), or they rest on too few observations ({@link #NOT_ENOUGH_DATA},
 * with a finding of that code saying how few). DOMAIN invariants 6 and 7: an answer says which causes it could not
 * check, and no HR review stands while one applies to the person.
 *
 * @param figuresNotSent for {@link #PARTLY_SENT}: the fact model's names of the figures missing; otherwise empty
 */
public record UnverifiedCheck(SubjectType subjectType, String subjectId, String code, String reason,
                              List<String> figuresNotSent) {

    public static final String NO_DATA = "NO_DATA";
    public static final String NOT_ENOUGH_DATA = "NOT_ENOUGH_DATA";
    public static final String PARTLY_SENT = "PARTLY_SENT";

    public UnverifiedCheck {
        figuresNotSent = figuresNotSent == null ? List.of() : List.copyOf(figuresNotSent);
    }

    public UnverifiedCheck(SubjectType subjectType, String subjectId, String code, String reason) {
        this(subjectType, subjectId, code, reason, List.of());
    }

    /** The checks of {@code unverified} that bear on one salesperson: the company's, their department's, products' and own. */
    public static List<UnverifiedCheck> forPerson(List<UnverifiedCheck> unverified, Salesperson person) {
        return unverified.stream().filter(u -> switch (u.subjectType()) {
            case COMPANY -> true;
            case DEPARTMENT -> u.subjectId().equals(person.departmentId());
            case PRODUCT -> person.productIds().contains(u.subjectId());
            case SALESPERSON -> u.subjectId().equals(person.id());
            case TECHNIQUE -> false;
        }).toList();
    }
}
