package com.salesdiag.engine.internal.scenario;

import com.salesdiag.engine.derived.ChangeBasis;
import com.salesdiag.engine.derived.ChangeContribution;
import com.salesdiag.engine.derived.NotComparable;
import com.salesdiag.engine.derived.PeopleChange;
import com.salesdiag.engine.derived.RevenueChange;
import com.salesdiag.engine.facts.SubjectType;
import com.salesdiag.engine.rules.Phrase;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How revenue must have changed for one scope against one earlier period, as a scenario states it. Only
 * {@code basis} and {@code outcome} are required; every other field left out is not checked. Amounts are in the
 * company's money (2 decimals), shares are fractions (0.7 for 70 %).
 *
 * @param subjectType     COMPANY (the default), DEPARTMENT, SALESPERSON or PRODUCT
 * @param subject         the scope's id; left out for the company
 * @param outcome         FELL, ROSE, UNCHANGED or NOT_COMPARABLE
 * @param notComparable   with NOT_COMPARABLE: why ({@link NotComparable})
 * @param change          the change, current minus earlier
 * @param mainFall        the id of the part (department, salesperson) that accounts for most of the fall
 * @param mainFallShare   its share of all the falls
 * @param mainRise        the id of the part that rose most, offsetting the fall
 * @param mainProductFall the id of the product that accounts for most of the products' fall
 * @param joined          salespeople with a result only now
 * @param left            salespeople with a result only in the earlier period
 * @param continuingChange the change of the salespeople with a result in both periods
 */
public record ChangeExpectation(SubjectType subjectType, String subject, ChangeBasis basis, String earlierPeriod,
                                String outcome, NotComparable notComparable, BigDecimal change, String mainFall,
                                Double mainFallShare, String mainRise, String mainProductFall, Integer joined,
                                Integer left, BigDecimal continuingChange) {

    static final List<String> OUTCOMES = List.of("FELL", "ROSE", "UNCHANGED", "NOT_COMPARABLE");

    public ChangeExpectation {
        subjectType = subjectType == null ? SubjectType.COMPANY : subjectType;
        if (basis == null) {
            throw new IllegalArgumentException("a change expectation needs \"basis\": "
                    + List.of(ChangeBasis.values()));
        }
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("a change expectation needs \"outcome\", one of " + OUTCOMES
                    + ", not " + outcome);
        }
    }

    boolean isAbout(RevenueChange c) {
        return c.subjectType() == subjectType && c.basis() == basis
                && (subject == null || subject.isBlank() || subject.equals(c.subjectId()));
    }

    /** What in {@code c} differs from this expectation, each said as a sentence; empty when it holds. */
    List<Phrase> differences(RevenueChange c) {
        List<Phrase> out = new ArrayList<>();
        String actual = !c.isCompared() ? "NOT_COMPARABLE" : c.isFall() ? "FELL" : c.isRise() ? "ROSE" : "UNCHANGED";
        if (!outcome.equals(actual)) {
            out.add(Phrase.of("change.outcome", actual,
                    c.isCompared() ? money(c.changeCents()) : String.valueOf(c.notComparable())));
        }
        check(out, "earlierPeriod", earlierPeriod, c.earlierPeriod());
        check(out, "notComparable", notComparable, c.notComparable());
        if (change != null) {
            check(out, "change", cents(change), c.changeCents() == null ? null : c.changeCents());
        }
        ChangeContribution fall = c.contributors().stream().filter(ChangeContribution::isFall).findFirst()
                .orElse(null);
        ChangeContribution rise = c.contributors().stream().filter(p -> p.changeCents() > 0).findFirst().orElse(null);
        check(out, "mainFall", mainFall, fall == null ? null : fall.subjectId());
        if (mainFallShare != null) {
            check(out, "mainFallShare", (int) Math.round(mainFallShare * 10_000),
                    fall == null ? null : fall.shareBasisPoints());
        }
        check(out, "mainRise", mainRise, rise == null ? null : rise.subjectId());
        if (mainProductFall != null) {
            ChangeContribution product = c.products() == null ? null : c.products().contributors().stream()
                    .filter(ChangeContribution::isFall).findFirst().orElse(null);
            check(out, "mainProductFall", mainProductFall, product == null ? null : product.subjectId());
        }
        PeopleChange people = c.people();
        if (joined != null) {
            check(out, "joined", joined, people == null ? null : people.joined());
        }
        if (left != null) {
            check(out, "left", left, people == null ? null : people.left());
        }
        if (continuingChange != null) {
            check(out, "continuingChange", cents(continuingChange), people == null ? null : people.continuingCents());
        }
        return out;
    }

    private static void check(List<Phrase> out, String field, Object expected, Object actual) {
        if (expected != null && !expected.equals(actual)) {
            out.add(Phrase.of("change.field", field, shown(actual), shown(expected)));
        }
    }

    /** A value as the scenario file writes it (money with its decimals), not formatted for a language. */
    private static String shown(Object value) {
        return value instanceof Long cents ? money(cents) : String.valueOf(value);
    }

    private static Long cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    private static String money(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /** "change of DEPARTMENT north against PREVIOUS_PERIOD", in words of the reader's language. */
    Phrase phrase() {
        return Phrase.of("change.of", subjectType + (subject == null ? "" : " " + subject), String.valueOf(basis));
    }

    @Override
    public String toString() {
        return phrase().english();
    }
}
