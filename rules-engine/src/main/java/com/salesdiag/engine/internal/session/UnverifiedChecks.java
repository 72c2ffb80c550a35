package com.salesdiag.engine.internal.session;

import com.salesdiag.engine.answer.UnverifiedCheck;
import com.salesdiag.engine.derived.CauseExcluded;
import com.salesdiag.engine.derived.Evidence;
import com.salesdiag.engine.derived.Finding;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.Department;
import com.salesdiag.engine.facts.FactKind;
import com.salesdiag.engine.facts.Goal;
import com.salesdiag.engine.facts.GoalLevel;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.facts.SubjectType;
import com.salesdiag.engine.answer.RuleVocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which checks of the ladder could not be made, from what the rules concluded: a cause is checked for a subject
 * when it was found or excluded there; otherwise it is not verified, for lack of data or of enough data. The
 * checks are those an HR review needs excluded (the ladder's rule "Ineffective coaching goes to HR"): the market
 * (company or department), product and price (department and each product), delivery, customer service and
 * marketing (department), training and the goal's discussion (person), and whether coaching was tried.
 */
public final class UnverifiedChecks {

    public static final List<String> DEPARTMENT_CAUSES = List.of("MARKET_DOWNTURN", "PRODUCT_NOT_COMPETITIVE",
            "PRICE_NOT_COMPETITIVE", "DELIVERY_DELAYS", "CUSTOMER_SERVICE_PROBLEMS", "MARKETING_MISMATCH");
    public static final List<String> PRODUCT_CAUSES = List.of("PRODUCT_NOT_COMPETITIVE", "PRICE_NOT_COMPETITIVE");
    public static final String TRAINING = "TRAINING_GAP";
    public static final String GOAL_DISCUSSED = "GOALS_NOT_COMMUNICATED";
    public static final String COACHING = RuleVocabulary.COACHING_INEFFECTIVE;

    private static final Comparator<UnverifiedCheck> ORDER = Comparator.comparing(UnverifiedCheck::subjectType)
            .thenComparing(UnverifiedCheck::subjectId).thenComparing(UnverifiedCheck::code);

    private final Set<String> checked = new HashSet<>();
    private final Set<String> thin = new HashSet<>();

    private UnverifiedChecks(SessionOutcome outcome) {
        for (Finding f : outcome.findings()) {
            if (RuleVocabulary.NOT_ENOUGH_DATA.equals(f.code())) {
                for (Evidence e : f.evidence()) {
                    if (e.name().equals("cause")) {
                        thin.add(key(f.subjectType(), f.subjectId(), String.valueOf(e.value())));
                    }
                }
            } else {
                checked.add(key(f.subjectType(), f.subjectId(), f.code()));
            }
        }
        for (CauseExcluded c : outcome.exclusions()) {
            checked.add(key(c.subjectType(), c.subjectId(), c.code()));
        }
    }

    /** Every check not made in this company, in a fixed order. */
    public static List<UnverifiedCheck> of(CompanyFacts facts, SessionOutcome outcome) {
        return new UnverifiedChecks(outcome).list(facts);
    }

    private List<UnverifiedCheck> list(CompanyFacts facts) {
        List<UnverifiedCheck> unverified = new ArrayList<>();
        String company = facts.company() == null ? "" : facts.company().id();
        boolean marketOfCompany = isChecked(SubjectType.COMPANY, company, "MARKET_DOWNTURN");
        for (Department d : facts.departments()) {
            for (String code : DEPARTMENT_CAUSES) {
                boolean done = isChecked(SubjectType.DEPARTMENT, d.id(), code)
                        || isChecked(SubjectType.COMPANY, company, code)
                        || code.equals("MARKET_DOWNTURN") && marketOfCompany;
                if (!done) {
                    unverified.add(unverified(facts, SubjectType.DEPARTMENT, d.id(), code));
                }
            }
        }
        Set<String> sold = new LinkedHashSet<>();
        facts.salespeople().forEach(s -> sold.addAll(s.productIds()));
        for (String product : sold) {
            for (String code : PRODUCT_CAUSES) {
                if (!isChecked(SubjectType.PRODUCT, product, code)) {
                    unverified.add(unverified(facts, SubjectType.PRODUCT, product, code));
                }
            }
        }
        if (!facts.sent(FactKind.TRAININGS)) {
            unverified.add(new UnverifiedCheck(SubjectType.COMPANY, company, TRAINING, UnverifiedCheck.NO_DATA));
        }
        if (!facts.sent(FactKind.COACHING_PLANS)) {
            unverified.add(new UnverifiedCheck(SubjectType.COMPANY, company, COACHING, UnverifiedCheck.NO_DATA));
        }
        for (Goal g : facts.goals()) {
            if (g.level() == GoalLevel.SALESPERSON && g.period().equals(facts.period()) && g.discussed() == null
                    && !isChecked(SubjectType.SALESPERSON, g.subjectId(), GOAL_DISCUSSED)) {
                unverified.add(new UnverifiedCheck(SubjectType.SALESPERSON, g.subjectId(), GOAL_DISCUSSED,
                        UnverifiedCheck.NO_DATA));
            }
        }
        unverified.sort(ORDER);
        return List.copyOf(new LinkedHashSet<>(unverified));
    }

    /** The checks of {@code unverified} that bear on one salesperson (see {@link UnverifiedCheck#forPerson}). */
    public static List<UnverifiedCheck> forPerson(List<UnverifiedCheck> unverified, Salesperson person) {
        return UnverifiedCheck.forPerson(unverified, person);
    }

    private UnverifiedCheck unverified(CompanyFacts facts, SubjectType type, String id, String code) {
        if (thin.contains(key(type, id, code))) {
            return new UnverifiedCheck(type, id, code, UnverifiedCheck.NOT_ENOUGH_DATA);
        }
        List<String> notSent = FiguresNotSent.of(facts, type, id, code);
        return notSent.isEmpty() ? new UnverifiedCheck(type, id, code, UnverifiedCheck.NO_DATA)
                : new UnverifiedCheck(type, id, code, UnverifiedCheck.PARTLY_SENT, notSent);
    }

    private boolean isChecked(SubjectType type, String id, String code) {
        return checked.contains(key(type, id, code));
    }

    private static String key(SubjectType type, String id, String code) {
        return type + "\u0000" + id + "\u0000" + code;
    }
}
